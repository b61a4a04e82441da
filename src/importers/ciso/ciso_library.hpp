#pragma once

#include "common/result.hpp"
#include "domain/catalog/requirement_set.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace bolwerk::importers::ciso {

/// One line of a CISO Assistant requirement mapping set.
struct RequirementMapping {
    std::string source; ///< Requirement node URN in the source framework.
    std::string target;
    std::string relationship; ///< equal, subset, superset, intersect, not_related.
};

/// A CISO Assistant mapping library: how one framework's nodes map onto another's.
struct MappingSet {
    std::string source_framework;
    std::string target_framework;
    std::vector<RequirementMapping> mappings;
};

/// A CISO Assistant library (intuitem ciso-assistant-community,
/// backend/library/libraries/*.yaml): a framework, or a mapping set.
struct CisoLibrary {
    std::string urn;
    std::string ref_id;
    std::string name;
    std::string description;
    std::optional<domain::catalog::RequirementSet> framework;
    std::optional<MappingSet> mapping_set;
};

/// The parse step for a CISO Assistant library already read as JSON (from YAML):
/// a missing or mistyped field is Invalid with its field path.
Result<CisoLibrary> read_ciso_library(nlohmann::json const& document, std::string const& source_name);

/// Parses the YAML text of a library and reads it.
Result<CisoLibrary> parse_ciso_library(std::string_view yaml_text, std::string const& source_name);

} // namespace bolwerk::importers::ciso
