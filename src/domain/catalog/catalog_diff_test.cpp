#include "domain/catalog/catalog_diff.hpp"
#include "domain/catalog/migration_plan.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::catalog {
namespace {

MeasureNumber number(char const* text) { return MeasureNumber::parse(text).value(); }

CatalogItem measure(char const* id, std::string text)
{
    return {number(id), ItemKind::Substantive, {}, std::move(text), {}};
}
CatalogItem moved(char const* id, char const* target) { return {number(id), ItemKind::Moved, number(target), "", {}}; }
CatalogItem stub(char const* id, ItemKind kind) { return {number(id), kind, {}, "", {}}; }

CatalogVersion version(char const* name, std::vector<CatalogItem> items)
{
    return CatalogVersion::create({"bio2", name}, "", std::move(items)).value();
}

TEST(NormaliseForComparison, IgnoresLayoutAndTheRenamedTerm)
{
    struct Case {
        char const* before;
        char const* after;
    };
    Case const same[] = {
        {"De organisatie stelt vast.", "De entiteit stelt vast."},
        {"Punten:<br><br>\n1. een\n2. twee", "Punten:\n- een\n-  twee"},
        {"  a \n\n b ", "a b"},
    };
    for (auto const& c : same)
        EXPECT_EQ(normalise_for_comparison(c.before), normalise_for_comparison(c.after)) << c.before;
    EXPECT_NE(
        normalise_for_comparison("De organisatie stelt vast."), normalise_for_comparison("Het bestuur stelt vast."));
    EXPECT_EQ(normalise_for_comparison("In 2025. Het jaar"), "In 2025. Het jaar"); // not a list marker mid-line
}

TEST(CatalogDiff, SortsEveryEntryIntoOneList)
{
    auto const before = version("1",
        {measure("5.01.01", "A"), measure("5.02.01", "B"), measure("5.03.01", "C"), measure("5.04.01", "D"),
            stub("5.05.01", ItemKind::None)});
    auto const after = version("2",
        {measure("5.01.01", "A"), measure("5.02.01", "B anders"), moved("5.03.01", "5.05.02"),
            stub("5.04.01", ItemKind::Withdrawn), stub("5.05.01", ItemKind::None), measure("5.05.02", "C")});
    auto const diff = diff_catalogs(before, after);
    EXPECT_EQ(diff.unchanged, std::vector{number("5.01.01")});
    ASSERT_EQ(diff.reworded.size(), 1u);
    EXPECT_EQ(diff.reworded[0].number, number("5.02.01"));
    EXPECT_EQ(diff.reworded[0].changes.back(), (WordChange{WordChange::Kind::Added, "anders"}));
    ASSERT_EQ(diff.moved.size(), 1u);
    EXPECT_EQ(diff.moved[0].target, number("5.05.02"));
    EXPECT_EQ(diff.withdrawn, std::vector{number("5.04.01")});
    EXPECT_EQ(diff.added, std::vector{number("5.05.02")});
    EXPECT_TRUE(diff.removed.empty());
}

TEST(CatalogDiff, MeasureThatVanishesWithoutStubIsRemoved)
{
    auto const diff = diff_catalogs(version("1", {measure("5.01.01", "A")}), version("2", {}));
    EXPECT_EQ(diff.removed, std::vector{number("5.01.01")});
}

TEST(MigrationPlan, CarriesFollowsFlagsAndOrphans)
{
    auto const before = version("1",
        {measure("5.01.01", "A"), measure("5.02.01", "B"), measure("5.03.01", "C"), measure("5.04.01", "D"),
            measure("5.06.01", "F"), measure("8.08.06", "G")});
    auto const after = version("2",
        {measure("5.01.01", "A"), measure("5.02.01", "B nieuw"), moved("5.03.01", "5.05.02"),
            stub("5.04.01", ItemKind::Withdrawn), measure("5.05.02", "C"), moved("5.06.01", "5.25.02"),
            {number("8.08.06"), ItemKind::Reference, number("5.24.08"), "Zie", {}}, measure("5.24.08", "G"),
            measure("6.03.04", "nieuw")});
    auto const plan = plan_migration(before, after,
        {number("5.01.01"), number("5.02.01"), number("5.03.01"), number("5.04.01"), number("5.06.01"),
            number("8.08.06")});

    ASSERT_EQ(plan.carried.size(), 4u);
    EXPECT_EQ(plan.carried[0].to, number("5.01.01"));
    EXPECT_FALSE(plan.carried[0].needs_review);
    EXPECT_TRUE(plan.carried[1].needs_review);
    EXPECT_EQ(plan.carried[1].reason, "text changed");
    EXPECT_EQ(plan.carried[2].to, number("5.05.02"));
    EXPECT_TRUE(plan.carried[2].needs_review);
    EXPECT_EQ(plan.carried[3].to, number("5.24.08")); // followed "Zie overheidsmaatregel"

    ASSERT_EQ(plan.without_successor.size(), 2u);
    EXPECT_EQ(plan.without_successor[0].from, number("5.04.01"));
    EXPECT_EQ(plan.without_successor[0].reason, "withdrawn");
    EXPECT_EQ(plan.without_successor[1].reason, "moved to 5.25.02, which does not exist");
    EXPECT_EQ(plan.unanswered, std::vector{number("6.03.04")});
}

TEST(MigrationPlan, SurvivesACycleOfMoves)
{
    auto const before = version("1", {measure("5.01.01", "A")});
    auto const after = version("2", {moved("5.01.01", "5.02.01"), moved("5.02.01", "5.01.01")});
    auto const plan = plan_migration(before, after, {number("5.01.01")});
    ASSERT_EQ(plan.without_successor.size(), 1u);
    EXPECT_NE(plan.without_successor[0].reason.find("cycle"), std::string::npos);
}

} // namespace
} // namespace bolwerk::domain::catalog
