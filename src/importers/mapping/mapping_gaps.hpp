#pragma once

#include "common/result.hpp"
#include "domain/catalog/requirement_set.hpp"
#include "importers/ciso/ciso_library.hpp"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace bolwerk::importers::mapping {

/// What a control mapping (e.g. ISO/IEC 27001:2013 Annex A → 2022, the numbering of
/// BIO 1.04 → BIO2) covers and what it leaves out. Mappings are never treated as
/// complete: the gaps are part of the answer.
struct MappingGaps {
    std::size_t mapping_count = 0;
    std::map<std::string, std::size_t> by_relationship; ///< equal, subset, superset, intersect
    std::vector<std::string> unmapped_sources; ///< Annex A controls of the source without a mapping.
    std::vector<std::string> targets_without_source; ///< Annex A controls of the target nobody maps to.
    std::vector<std::string> unresolved; ///< URNs that name no node of either framework.
    /// Source ref_id → target ref_ids, in mapping order.
    std::map<std::string, std::vector<std::string>> targets_by_source;
};

/// Checks `mappings` against the two frameworks it connects. Only assessable nodes
/// whose ref_id starts with "A." (Annex A controls) count for the gap lists.
MappingGaps analyse_mapping(ciso::MappingSet const& mappings, domain::catalog::RequirementSet const& source,
    domain::catalog::RequirementSet const& target);

} // namespace bolwerk::importers::mapping
