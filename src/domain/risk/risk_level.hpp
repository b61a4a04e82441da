#pragma once

#include "common/result.hpp"

#include <cstdint>
#include <string_view>

namespace bolwerk::domain {

/// The level of a risk in the matrix (Dutch: laag, midden, hoog, zeer hoog), ordered
/// so that comparisons mean "more severe than".
enum class RiskLevel : std::uint8_t { Laag = 1, Midden = 2, Hoog = 3, ZeerHoog = 4 };

std::string_view to_string(RiskLevel level); ///< "laag", "midden", "hoog", "zeer_hoog"
std::string_view dutch_label(RiskLevel level); ///< "Laag", "Midden", "Hoog", "Zeer hoog"
std::string_view english_label(RiskLevel level); ///< "Low", "Medium", "High", "Very high"
Result<RiskLevel> parse_risk_level(std::string_view text);

} // namespace bolwerk::domain
