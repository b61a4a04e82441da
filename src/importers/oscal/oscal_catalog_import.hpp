#pragma once

#include "common/result.hpp"
#include "domain/catalog/requirement_set.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace bolwerk::importers::oscal {

/// An OSCAL catalog (1.0 or 1.1) read as a tree of requirement nodes: every group
/// and control becomes a node (controls are assessable, groups are not); ref_id is
/// the "label" property, else the id; the description is the prose of the parts.
struct OscalCatalog {
    domain::catalog::RequirementSet set;
    std::size_t group_count = 0; ///< At every level.
    std::size_t top_group_count = 0;
    std::size_t control_count = 0; ///< At every level.
};

/// Reads an OSCAL catalog in JSON. Malformed input is Invalid with its line or field.
Result<OscalCatalog> import_oscal_json(std::string_view text, std::string const& source_name);
/// Reads an OSCAL catalog in YAML.
Result<OscalCatalog> import_oscal_yaml(std::string_view text, std::string const& source_name);
/// Reads an OSCAL catalog in XML (namespace http://csrc.nist.gov/ns/oscal/1.0).
Result<OscalCatalog> import_oscal_xml(std::string_view text, std::string const& source_name);

} // namespace bolwerk::importers::oscal
