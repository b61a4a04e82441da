#include "report/risk/heat_map.hpp"

#include <gtest/gtest.h>

namespace bolwerk::report {
namespace {

domain::Risk risk_at(int likelihood, int impact, std::optional<std::pair<int, int>> residual = {})
{
    auto const methodology = domain::RiskMethodology::standard();
    domain::Risk risk;
    risk.inherent = {likelihood, impact, *methodology.level(likelihood, impact)};
    if (residual)
        risk.residual = domain::RiskScore{
            residual->first, residual->second, *methodology.level(residual->first, residual->second)};
    return risk;
}

TEST(HeatMap, CountsRisksPerCellForInherentAndResidual)
{
    auto const methodology = domain::RiskMethodology::standard();
    std::vector<domain::Risk> const risks{
        risk_at(5, 5, std::pair{2, 3}), risk_at(5, 5), risk_at(1, 2, std::pair{1, 1})};
    auto const inherent = build_heat_map(methodology, risks, HeatMapBasis::Inherent);
    EXPECT_EQ(inherent.total, 3);
    EXPECT_EQ(inherent.counts[4][4], 2);
    EXPECT_EQ(inherent.counts[0][1], 1);
    auto const residual = build_heat_map(methodology, risks, HeatMapBasis::Residual);
    EXPECT_EQ(residual.counts[4][4], 1); // not treated yet: counts at its inherent score
    EXPECT_EQ(residual.counts[1][2], 1);
    EXPECT_EQ(residual.counts[0][0], 1);
}

TEST(HeatMap, SvgIsLabelledAccessibleAndEscaped)
{
    auto definition = domain::RiskMethodology::standard().definition();
    definition.likelihood[4].label_nl = "<script>alert(1)</script>";
    auto const methodology = domain::RiskMethodology::create(definition);
    ASSERT_TRUE(methodology);
    auto const map = build_heat_map(*methodology, {risk_at(5, 5)}, HeatMapBasis::Inherent);
    auto const svg = heat_map_svg(map, Language::Dutch);
    EXPECT_EQ(svg.find("<script>"), std::string::npos);
    EXPECT_NE(svg.find("&lt;script&gt;"), std::string::npos);
    EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
    EXPECT_NE(svg.find("<title id=\"heatmap-title\">"), std::string::npos);
    EXPECT_NE(svg.find(">Zeer hoog<"), std::string::npos); // the level is written, not only coloured
    EXPECT_NE(heat_map_svg(map, Language::English).find(">Very high<"), std::string::npos);
}

TEST(HeatMap, TextGridPutsTheMostLikelyRowFirst)
{
    auto const map = build_heat_map(domain::RiskMethodology::standard(), {risk_at(5, 1)}, HeatMapBasis::Inherent);
    auto const text = heat_map_text(map, Language::Dutch);
    auto const top = text.find("Zeer groot");
    auto const bottom = text.find("Zeer klein");
    ASSERT_NE(top, std::string::npos);
    EXPECT_LT(top, bottom);
    EXPECT_NE(text.find("1 midden"), std::string::npos);
}

} // namespace
} // namespace bolwerk::report
