#pragma once

#include "common/language.hpp"
#include "domain/risk/methodology.hpp"
#include "domain/risk/risk.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace bolwerk::report {

/// Which score of the risks a heat map shows.
enum class HeatMapBasis : std::uint8_t { Inherent, Residual };

/// Language of labels in generated documents: Dutch first, English available.
using Language = bolwerk::Language;

/// A risk heat map: the methodology's matrix with the number of risks in every cell.
/// Risks without a residual score count at their inherent score on a residual map
/// (no treatment assessed means nothing reduced). A plain value; the SVG and the table
/// alternative are both drawn from it.
struct HeatMap {
    HeatMapBasis basis = HeatMapBasis::Inherent;
    std::vector<domain::ScaleStep> likelihood;
    std::vector<domain::ScaleStep> impact;
    /// counts[likelihood - 1][impact - 1]
    std::vector<std::vector<std::int64_t>> counts;
    std::vector<std::vector<domain::RiskLevel>> levels;
    std::int64_t total = 0;
};

HeatMap build_heat_map(
    domain::RiskMethodology const& methodology, std::vector<domain::Risk> const& risks, HeatMapBasis basis);
/// The same from scores alone (RiskService::scores), which is all a heat map needs.
HeatMap build_heat_map(
    domain::RiskMethodology const& methodology, std::vector<domain::RiskScores> const& scores, HeatMapBasis basis);

/// The heat map as a standalone SVG document: likelihood upwards, impact to the right,
/// each cell coloured by level and labelled with its count and level name (colour is
/// never the only carrier of meaning, WCAG 1.4.1). Has role="img", a <title> and a
/// <desc> summary; all text is escaped.
std::string heat_map_svg(HeatMap const& map, Language language);

/// A plain-text grid for terminals, most likely row first.
std::string heat_map_text(HeatMap const& map, Language language);

} // namespace bolwerk::report
