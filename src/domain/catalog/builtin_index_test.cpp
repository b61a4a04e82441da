#include "domain/catalog/builtin_index.hpp"

#include <gtest/gtest.h>

#include <map>

namespace bolwerk::domain::catalog {
namespace {

BuiltinIndex const& index()
{
    static auto const loaded = BuiltinIndex::load();
    EXPECT_TRUE(loaded) << (loaded ? "" : loaded.error().to_string());
    return *loaded;
}

TEST(BuiltinIndex, HasThe93ControlsWithBothLabels)
{
    ASSERT_EQ(index().controls().size(), 93u);
    std::map<Theme, int> per_theme;
    for (auto const& control : index().controls()) {
        EXPECT_FALSE(control.label_nl.empty()) << control.number.to_string();
        EXPECT_FALSE(control.label_en.empty()) << control.number.to_string();
        ++per_theme[control.theme];
    }
    EXPECT_EQ(per_theme[Theme::Organisational], 37);
    EXPECT_EQ(per_theme[Theme::People], 8);
    EXPECT_EQ(per_theme[Theme::Physical], 14);
    EXPECT_EQ(per_theme[Theme::Technological], 34);
    EXPECT_EQ(index().control(ControlNumber::parse("8.16").value())->label_en, "Monitoring");
}

TEST(BuiltinIndex, Bio2Version12Has160Entries)
{
    auto const* version = index().version({"bio2", "1.2"});
    ASSERT_NE(version, nullptr);
    EXPECT_EQ(version->items().size(), 160u);
    EXPECT_EQ(version->count(ItemKind::Substantive), 120u);
    EXPECT_EQ(version->count(ItemKind::None), 40u);
    for (auto const& item : version->items())
        EXPECT_FALSE(item.tags.empty()) << item.number.to_string(); // one "Draagt bij aan" each
}

TEST(BuiltinIndex, Bio2Version13Has166EntriesWithMoves)
{
    auto const* version = index().version({"bio2", "1.3"});
    ASSERT_NE(version, nullptr);
    EXPECT_EQ(version->items().size(), 166u);
    EXPECT_EQ(version->measure_count(), 118u);
    EXPECT_EQ(version->count(ItemKind::None), 39u);
    EXPECT_EQ(version->count(ItemKind::Moved), 5u);
    EXPECT_EQ(version->count(ItemKind::Withdrawn), 4u);
    auto const* moved = version->find(MeasureNumber::parse("5.26.01").value());
    ASSERT_NE(moved, nullptr);
    EXPECT_EQ(moved->target->to_string(), "5.25.02");
    auto const* reference = version->find(MeasureNumber::parse("8.08.06").value());
    ASSERT_NE(reference, nullptr);
    EXPECT_EQ(reference->kind, ItemKind::Reference);
    for (auto const& item : version->items())
        EXPECT_TRUE(item.tags.empty()) << item.number.to_string(); // v1.3 dropped the measure types
}

} // namespace
} // namespace bolwerk::domain::catalog
