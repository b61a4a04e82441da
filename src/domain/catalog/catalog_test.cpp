#include "domain/catalog/catalog.hpp"
#include "domain/catalog/cbw_scope.hpp"

#include <gtest/gtest.h>

#include <optional>

namespace bolwerk::domain::catalog {
namespace {

MeasureNumber number(char const* text) { return MeasureNumber::parse(text).value(); }

TEST(ItemKind, RoundTripsEveryName)
{
    for (auto const kind :
        {ItemKind::Substantive, ItemKind::None, ItemKind::Moved, ItemKind::Withdrawn, ItemKind::Reference})
        EXPECT_EQ(parse_item_kind(to_string(kind)).value(), kind);
    EXPECT_FALSE(parse_item_kind("deleted"));
    EXPECT_TRUE(is_measure(ItemKind::Reference));
    EXPECT_FALSE(is_measure(ItemKind::Moved));
}

TEST(MeasureTag, AcceptsDutchSpelling)
{
    EXPECT_EQ(parse_measure_tag("Basishygi\xc3\xabne").value(), MeasureTag::Basishygiene);
    EXPECT_EQ(parse_measure_tag(" ketenhygi\xc3\xabne ").value(), MeasureTag::Ketenhygiene);
    EXPECT_EQ(parse_measure_tag("Overheidsrisico").value(), MeasureTag::Overheidsrisico);
    EXPECT_FALSE(parse_measure_tag("hygiene"));
}

TEST(VersionReference, ParsesNameAtVersion)
{
    auto const reference = VersionReference::parse("bio2@1.3");
    ASSERT_TRUE(reference);
    EXPECT_EQ(reference->framework, "bio2");
    EXPECT_EQ(reference->version, "1.3");
    for (auto const* text : {"bio2", "@1.3", "bio2@", "BIO2@1.3", "bio2@1 3", "bio2@1.3@x"})
        EXPECT_FALSE(VersionReference::parse(text)) << text;
}

TEST(CatalogVersion, SortsCountsAndFinds)
{
    std::vector<CatalogItem> items{
        {number("5.04.02"), ItemKind::Moved, number("5.10.02"), "Verplaatst naar 5.10.02.", {}},
        {number("5.01.01"), ItemKind::Substantive, {}, "text", {MeasureTag::Basishygiene}},
        {number("8.08.06"), ItemKind::Reference, number("5.24.08"), "Zie overheidsmaatregel 5.24.08.", {}},
        {number("5.03.01"), ItemKind::None, {}, "Geen overheidsmaatregel", {}},
    };
    auto const version = CatalogVersion::create({"bio2", "1.3"}, "BIO2 1.3", items);
    ASSERT_TRUE(version);
    EXPECT_EQ(version->items().front().number, number("5.01.01"));
    EXPECT_EQ(version->measure_count(), 2u);
    EXPECT_EQ(version->count(ItemKind::None), 1u);
    ASSERT_NE(version->find(number("5.04.02")), nullptr);
    EXPECT_EQ(version->find(number("5.04.03")), nullptr);
}

TEST(CatalogVersion, RefusesDuplicatesAndMissingTargets)
{
    CatalogItem const item{number("5.01.01"), ItemKind::Substantive, {}, "a", {}};
    EXPECT_FALSE(CatalogVersion::create({"bio2", "1.3"}, "", {item, item}));
    CatalogItem const moved{number("5.04.02"), ItemKind::Moved, {}, "Verplaatst", {}};
    EXPECT_FALSE(CatalogVersion::create({"bio2", "1.3"}, "", {moved}));
}

TEST(CbwScope, DefaultsToInScopeAndKeepsOverrides)
{
    auto const in_scope_except = [](CbwScopeMap const& map, std::optional<ControlNumber> out_of_scope) {
        for (auto const& control : ControlNumber::all()) {
            auto const expected = control == out_of_scope ? CbwScope::OutOfScope : CbwScope::InScope;
            EXPECT_EQ(map.scope(control), expected) << control.to_string();
        }
    };
    CbwScopeMap map;
    in_scope_except(map, std::nullopt);
    auto const control = ControlNumber::parse("7.1").value();
    map.set(control, CbwScope::OutOfScope);
    in_scope_except(map, control);
    map.set(control, CbwScope::InScope);
    in_scope_except(map, std::nullopt);
}

} // namespace
} // namespace bolwerk::domain::catalog
