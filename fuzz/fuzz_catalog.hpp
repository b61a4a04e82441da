#pragma once

#include "domain/catalog/catalog.hpp"
#include "domain/catalog/requirement_set.hpp"
#include "fuzz_input.hpp"

/// The UTF-8 check of fuzz_input.hpp over what the catalog importers return. Apart, so
/// that a target that does not fuzz a catalog importer (jwt) needs no domain/ headers.
namespace bolwerk::fuzz {

inline void require_utf8(domain::catalog::CatalogVersion const& version)
{
    require_utf8(version.title());
    for (auto const& item : version.items())
        require_utf8(item.text);
}

inline void require_utf8(domain::catalog::RequirementSet const& set)
{
    require_utf8(set.name);
    for (auto const& node : set.nodes) {
        require_utf8(node.id);
        require_utf8(node.ref_id);
        require_utf8(node.name);
        require_utf8(node.description);
    }
}

} // namespace bolwerk::fuzz
