#include "domain/supplier/delivered_service.hpp"

#include "domain/supplier/supplier_fixtures_test.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain {
namespace {

using namespace supplier_fixtures;

std::map<InformationSystemId, Cia> const classifications{
    {InformationSystemId(1), {CiaLevel::Laag, CiaLevel::Laag, CiaLevel::Laag}},
    {InformationSystemId(2), {CiaLevel::Midden, CiaLevel::Laag, CiaLevel::Laag}},
    {InformationSystemId(3), {CiaLevel::Laag, CiaLevel::Midden, CiaLevel::Hoog}},
};

TEST(Criticality, IsTheHigherOfTheSystemsBivAndTheDependency)
{
    struct Case {
        std::vector<InformationSystemId> systems;
        Dependency dependency;
        Criticality expected;
        std::optional<InformationSystemId> decisive;
    };
    Case const cases[] = {
        {{}, Dependency::Laag, Criticality::Laag, std::nullopt},
        {{}, Dependency::Hoog, Criticality::Hoog, std::nullopt},
        {{InformationSystemId(1)}, Dependency::Laag, Criticality::Laag, InformationSystemId(1)},
        {{InformationSystemId(1), InformationSystemId(2)}, Dependency::Laag, Criticality::Midden,
            InformationSystemId(2)},
        {{InformationSystemId(2)}, Dependency::Hoog, Criticality::Hoog, InformationSystemId(2)},
        {{InformationSystemId(2), InformationSystemId(3)}, Dependency::Laag, Criticality::Hoog, InformationSystemId(3)},
        {{InformationSystemId(3), InformationSystemId(2)}, Dependency::Midden, Criticality::Hoog,
            InformationSystemId(3)},
    };
    for (auto const& c : cases) {
        auto const assessment = assess_criticality(make_service(1, 1, "s", c.systems, c.dependency), classifications);
        EXPECT_EQ(assessment.level, c.expected);
        EXPECT_EQ(assessment.decisive_system, c.decisive);
        EXPECT_EQ(assessment.dependency, c.dependency);
    }
}

TEST(Criticality, StaleSystemLinksAreReportedNotCounted)
{
    auto const assessment = assess_criticality(
        make_service(1, 1, "s", {InformationSystemId(2), InformationSystemId(99)}), classifications);
    EXPECT_EQ(assessment.level, Criticality::Midden);
    EXPECT_EQ(assessment.unknown_systems, std::vector{InformationSystemId(99)});
}

TEST(Criticality, RequiredClassificationIsTheStricterOverAllServices)
{
    std::vector<DeliveredService> const services{
        make_service(1, 1, "a", {InformationSystemId(2)}), make_service(2, 1, "b", {InformationSystemId(3)})};
    EXPECT_EQ(
        required_classification(services, classifications), (Cia{CiaLevel::Midden, CiaLevel::Midden, CiaLevel::Hoog}));
    EXPECT_EQ(required_classification({}, classifications), Cia{});
}

TEST(Criticality, SupplierIsAsCriticalAsItsMostCriticalService)
{
    EXPECT_EQ(supplier_criticality({}), Criticality::Laag);
    CriticalityAssessment low;
    CriticalityAssessment high;
    high.level = Criticality::Hoog;
    EXPECT_EQ(supplier_criticality({low, high, low}), Criticality::Hoog);
}

TEST(DeliveredServiceDraft, NeedsANameAndADataLocationForPersonalData)
{
    DeliveredServiceDraft raw;
    raw.name = "  ";
    EXPECT_EQ(DeliveredServiceDraft::create(raw).error().location().field, "name");
    raw.name = "Zaaksysteem hosting";
    raw.personal_data = true;
    EXPECT_EQ(DeliveredServiceDraft::create(raw).error().location().field, "data_locations");
    raw.data_locations
        = {CountryCode::parse("NL").value(), CountryCode::parse("DE").value(), CountryCode::parse("NL").value()};
    raw.systems = {InformationSystemId(3), InformationSystemId(1), InformationSystemId(3)};
    auto const draft = DeliveredServiceDraft::create(raw);
    ASSERT_TRUE(draft) << draft.error().to_string();
    EXPECT_EQ(draft->systems, (std::vector{InformationSystemId(1), InformationSystemId(3)}));
    EXPECT_EQ(draft->data_locations.size(), 2u);
    EXPECT_EQ(draft->data_locations[0].value(), "DE");
}

TEST(DeliveredService, DataOutsideTheEeaIsFlagged)
{
    auto service = make_service(1, 1, "s");
    EXPECT_FALSE(processes_data_outside_eea(service));
    service.data_locations = {CountryCode::parse("NL").value(), CountryCode::parse("IE").value()};
    EXPECT_FALSE(processes_data_outside_eea(service));
    service.data_locations.push_back(CountryCode::parse("US").value());
    EXPECT_TRUE(processes_data_outside_eea(service));
}

TEST(Dependency, ParsesItsNames)
{
    for (auto const dependency : {Dependency::Laag, Dependency::Midden, Dependency::Hoog})
        EXPECT_EQ(*parse_dependency(to_string(dependency)), dependency);
    EXPECT_EQ(*parse_dependency(" HOOG "), Dependency::Hoog);
    EXPECT_EQ(parse_dependency("extreem", "row.dependency").error().location().field, "row.dependency");
}

} // namespace
} // namespace bolwerk::domain
