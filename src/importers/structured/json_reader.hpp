#pragma once

#include "common/result.hpp"

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace bolwerk::importers {

/// Documents nested deeper than this are refused before parsing, so that no reader
/// or walker of ours recurses without bound on hostile input.
constexpr std::size_t max_nesting_depth = 200;

/// Parses JSON; a syntax error is Invalid with its line and column.
Result<nlohmann::json> parse_json(std::string_view text, std::string const& source_name);

/// Parses YAML (yaml-cpp) into the same JSON value model, so that one mapper reads
/// both. Quoted scalars stay strings; plain scalars become null (null, ~), booleans
/// (true, false) or strings — numbers stay text, because "4.1" is a clause number,
/// not a float. A syntax error is Invalid with its line and column.
Result<nlohmann::json> parse_yaml(std::string_view text, std::string const& source_name);

} // namespace bolwerk::importers
