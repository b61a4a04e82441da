#include "domain/risk/risk_level.hpp"

#include "common/text.hpp"

#include <array>

namespace bolwerk::domain {

namespace {

struct LevelNames {
    RiskLevel level;
    std::string_view code;
    std::string_view dutch;
    std::string_view english;
};

constexpr std::array level_names{
    LevelNames{RiskLevel::Laag, "laag", "Laag", "Low"},
    LevelNames{RiskLevel::Midden, "midden", "Midden", "Medium"},
    LevelNames{RiskLevel::Hoog, "hoog", "Hoog", "High"},
    LevelNames{RiskLevel::ZeerHoog, "zeer_hoog", "Zeer hoog", "Very high"},
};

LevelNames const& names_of(RiskLevel level) { return level_names[static_cast<std::size_t>(level) - 1]; }

} // namespace

std::string_view to_string(RiskLevel level) { return names_of(level).code; }
std::string_view dutch_label(RiskLevel level) { return names_of(level).dutch; }
std::string_view english_label(RiskLevel level) { return names_of(level).english; }

Result<RiskLevel> parse_risk_level(std::string_view text)
{
    auto const wanted = to_ascii_lower(trim(text));
    for (auto const& names : level_names) {
        if (wanted == names.code || wanted == to_ascii_lower(names.dutch))
            return names.level;
    }
    return Error::invalid("unknown risk level '" + std::string(text) + "' (expected laag, midden, hoog or zeer_hoog)",
        {.field = "level"});
}

} // namespace bolwerk::domain
