#include "domain/risk/methodology.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain {
namespace {

TEST(RiskMethodology, StandardMatrixLevelsByCell)
{
    auto const methodology = RiskMethodology::standard();
    struct Cell {
        int likelihood;
        int impact;
        RiskLevel level;
    };
    Cell const cells[] = {
        {1, 1, RiskLevel::Laag},
        {1, 3, RiskLevel::Laag},
        {2, 2, RiskLevel::Midden},
        {4, 2, RiskLevel::Midden},
        {3, 3, RiskLevel::Hoog},
        {2, 5, RiskLevel::Hoog},
        {3, 5, RiskLevel::ZeerHoog},
        {5, 5, RiskLevel::ZeerHoog},
        {5, 1, RiskLevel::Midden},
    };
    for (auto const& cell : cells)
        EXPECT_EQ(*methodology.level(cell.likelihood, cell.impact), cell.level)
            << cell.likelihood << "x" << cell.impact;
}

TEST(RiskMethodology, StandardHasTheEightBio2ImpactAreasAndDutchLabels)
{
    auto const methodology = RiskMethodology::standard();
    EXPECT_EQ(methodology.definition().areas.size(), 8u);
    EXPECT_EQ(methodology.definition().likelihood[0].label_nl, "Zeer klein");
    EXPECT_EQ(methodology.likelihood_steps(), 5);
    EXPECT_EQ(methodology.impact_steps(), 5);
}

TEST(RiskMethodology, OffScaleValuesNameTheirField)
{
    auto const methodology = RiskMethodology::standard();
    EXPECT_EQ(methodology.level(0, 3).error().location().field, "likelihood");
    EXPECT_EQ(methodology.level(3, 6).error().location().field, "impact");
}

TEST(RiskMethodology, ImpactIsTheHighestAreaByDefault)
{
    auto const methodology = RiskMethodology::standard();
    std::vector<AreaImpact> const impacts{{"financieel", 2}, {"imago", 4}, {"motivatie", 1}};
    EXPECT_EQ(*methodology.combined_impact(impacts), 4);

    auto definition = methodology.definition();
    definition.aggregation = ImpactAggregation::RoundedUpAverage;
    auto const averaging = RiskMethodology::create(definition);
    ASSERT_TRUE(averaging);
    EXPECT_EQ(*averaging->combined_impact(impacts), 3); // 7 / 3 rounded up
}

TEST(RiskMethodology, ImpactRejectsUnknownAreasOffScaleValuesAndNothingScored)
{
    auto const methodology = RiskMethodology::standard();
    std::vector<AreaImpact> const unknown{{"weer", 2}};
    EXPECT_EQ(methodology.combined_impact(unknown).error().location().field, "impact.weer");
    std::vector<AreaImpact> const too_high{{"financieel", 6}};
    EXPECT_EQ(methodology.combined_impact(too_high).error().location().field, "impact.financieel");
    EXPECT_FALSE(methodology.combined_impact({}));
}

TEST(RiskMethodology, AppetiteDecidesWhoAccepts)
{
    auto const methodology = RiskMethodology::standard();
    EXPECT_FALSE(methodology.needs_acceptance(RiskLevel::Laag));
    EXPECT_EQ(methodology.required_authority(RiskLevel::Midden), AcceptanceAuthority::ProcessOwner);
    EXPECT_EQ(methodology.required_authority(RiskLevel::Hoog), AcceptanceAuthority::Board);
    EXPECT_EQ(methodology.required_authority(RiskLevel::ZeerHoog), AcceptanceAuthority::Board);
}

TEST(RiskMethodology, CreateRefusesBrokenDefinitions)
{
    struct Case {
        char const* name;
        void (*breaks)(RiskMethodologyDefinition&);
        char const* field;
    };
    Case const cases[] = {
        {"one step", [](RiskMethodologyDefinition& d) { d.likelihood.resize(1); }, "likelihood"},
        {"misnumbered", [](RiskMethodologyDefinition& d) { d.impact[2].value = 7; }, "impact[2].value"},
        {"no label", [](RiskMethodologyDefinition& d) { d.impact[0].label_nl = " "; }, "impact[0].label_nl"},
        {"no areas", [](RiskMethodologyDefinition& d) { d.areas.clear(); }, "areas"},
        {"twin area", [](RiskMethodologyDefinition& d) { d.areas[1].code = d.areas[0].code; }, "areas[1].code"},
        {"short row", [](RiskMethodologyDefinition& d) { d.matrix[2].pop_back(); }, "matrix[2]"},
        {"milder cell", [](RiskMethodologyDefinition& d) { d.matrix[4][4] = RiskLevel::Laag; }, "matrix[4][4]"},
        {"appetite size", [](RiskMethodologyDefinition& d) { d.appetite.pop_back(); }, "appetite"},
        {"appetite order", [](RiskMethodologyDefinition& d) { d.appetite[3] = AcceptanceAuthority::ProcessOwner; },
            "appetite"},
        {"validity", [](RiskMethodologyDefinition& d) { d.max_acceptance_days = 0; }, "max_acceptance_days"},
    };
    for (auto const& c : cases) {
        auto definition = RiskMethodology::standard().definition();
        c.breaks(definition);
        auto const created = RiskMethodology::create(definition);
        ASSERT_FALSE(created) << c.name;
        EXPECT_EQ(created.error().location().field, c.field) << c.name;
    }
}

TEST(RiskMethodology, NamesRoundTrip)
{
    for (auto const authority :
        {AcceptanceAuthority::WithinAppetite, AcceptanceAuthority::ProcessOwner, AcceptanceAuthority::Board})
        EXPECT_EQ(*parse_acceptance_authority(to_string(authority)), authority);
    for (auto const level : {RiskLevel::Laag, RiskLevel::Midden, RiskLevel::Hoog, RiskLevel::ZeerHoog})
        EXPECT_EQ(*parse_risk_level(to_string(level)), level);
    EXPECT_EQ(*parse_risk_level("Zeer hoog"), RiskLevel::ZeerHoog);
    EXPECT_FALSE(parse_risk_level("extreem"));
}

} // namespace
} // namespace bolwerk::domain
