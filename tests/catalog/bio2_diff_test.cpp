#include "domain/catalog/catalog_diff.hpp"
#include "domain/catalog/migration_plan.hpp"
#include "importers/minbzk/minbzk_importer.hpp"
#include "importers/source_reader.hpp"
#include "support/catalog_files.hpp"

#include <gtest/gtest.h>

namespace bolwerk::testing {
namespace {

using domain::catalog::CatalogVersion;
using domain::catalog::MeasureNumber;

CatalogVersion import_path(std::string const& path)
{
    auto const source = importers::read_file(path);
    EXPECT_TRUE(source) << path;
    auto imported = importers::minbzk::import_markdown(source->content, {.source_name = path});
    EXPECT_TRUE(imported) << imported.error().to_string();
    return std::move(imported).value().version;
}

std::vector<std::string> names(std::vector<MeasureNumber> const& numbers)
{
    std::vector<std::string> result;
    for (auto const number : numbers)
        result.push_back(number.to_string());
    return result;
}

// The real BIO2 v1.2 and v1.3 in ../shared, read once for the suite.
class Bio2Diff : public ::testing::Test {
protected:
    void SetUp() override
    {
        BOLWERK_REQUIRE_SHARED_CATALOGS();
        if (!s_v12) {
            s_v12 = new CatalogVersion(import_path(shared_catalog("minbzk-bio2-v1.3/maatregelen-v1.2-2026-02-10.md")));
            s_v13 = new CatalogVersion(import_path(shared_catalog("minbzk-bio2-v1.3/maatregelen-v1.3.md")));
        }
    }
    static void TearDownTestSuite()
    {
        delete s_v12;
        delete s_v13;
        s_v12 = s_v13 = nullptr;
    }
    static inline CatalogVersion* s_v12 = nullptr;
    static inline CatalogVersion* s_v13 = nullptr;
};

TEST_F(Bio2Diff, Version12To13AddsMovesAndWithdraws)
{
    auto const diff = domain::catalog::diff_catalogs(*s_v12, *s_v13);
    EXPECT_EQ(names(diff.added),
        (std::vector<std::string>{"5.10.02", "5.10.03", "5.21.05", "5.24.08", "5.26.02", "6.03.04"}));
    std::vector<std::string> moves;
    for (auto const& item : diff.moved)
        moves.push_back(item.number.to_string() + "->" + item.target->to_string());
    EXPECT_EQ(moves,
        (std::vector<std::string>{
            "5.04.02->5.10.02", "5.04.03->5.10.03", "5.24.06->5.21.05", "5.25.01->5.26.02", "5.26.01->5.25.02"}));
    EXPECT_EQ(names(diff.withdrawn), (std::vector<std::string>{"5.21.01", "5.35.01", "7.01.01", "8.24.03"}));
    EXPECT_TRUE(diff.removed.empty());
}

TEST_F(Bio2Diff, Of112SharedMeasures60AreRewordedAnd52Unchanged)
{
    auto const diff = domain::catalog::diff_catalogs(*s_v12, *s_v13);
    EXPECT_EQ(diff.reworded.size() + diff.unchanged.size(), 112u);
    // The catalogs README counts 61 reworded / 51 unchanged. The one difference is
    // 5.20.03: in v1.2 its "Draagt bij aan" is written inside the last sentence
    // instead of on a line of its own; a line-based count keeps it in the text. We
    // take the measure type out wherever it stands, and then 5.20.03 is unchanged.
    EXPECT_EQ(diff.reworded.size(), 60u);
    EXPECT_EQ(diff.unchanged.size(), 52u);
    auto const unchanged = names(diff.unchanged);
    EXPECT_NE(std::find(unchanged.begin(), unchanged.end(), "5.20.03"), unchanged.end());
    for (auto const& reworded : diff.reworded)
        EXPECT_FALSE(reworded.changes.empty()) << reworded.number.to_string();
}

TEST_F(Bio2Diff, MigrationPlanCarriesEveryAnswerOfVersion12)
{
    std::vector<MeasureNumber> answered;
    for (auto const& item : s_v12->items())
        if (is_measure(item.kind))
            answered.push_back(item.number);
    auto const plan = domain::catalog::plan_migration(*s_v12, *s_v13, answered);
    // 120 answers: 112 stay (8.08.06 now refers to 5.24.08 and follows it), 4 follow
    // a move to an existing measure, 4 measures were withdrawn.
    EXPECT_EQ(plan.carried.size(), 116u);
    EXPECT_EQ(plan.without_successor.size(), 4u);
    std::size_t review = 0;
    for (auto const& carried : plan.carried)
        review += carried.needs_review ? 1 : 0;
    EXPECT_EQ(review, 116u - 52u); // all but the 52 unchanged texts that stay on their number
    EXPECT_EQ(names(plan.unanswered), (std::vector<std::string>{"6.03.04"}));
}

// The same diff and plan on our fixtures in the v1.2 and v1.3 layouts, in every clone:
// tests/fixtures/catalogs/README.md lists what changes from 0.2 to 0.3.
class FixtureDiff : public ::testing::Test {
protected:
    CatalogVersion m_v02 = import_path(fixture_catalog("minbzk/maatregelen-v1.2-layout.md"));
    CatalogVersion m_v03 = import_path(fixture_catalog("minbzk/maatregelen-v1.3-layout.md"));
};

TEST_F(FixtureDiff, AddsMovesWithdrawsRewordsAndKeeps)
{
    auto const diff = domain::catalog::diff_catalogs(m_v02, m_v03);
    EXPECT_EQ(diff.from.to_string(), "bio2@0.2");
    EXPECT_EQ(diff.to.to_string(), "bio2@0.3");
    EXPECT_EQ(names(diff.added), (std::vector<std::string>{"5.10.02", "5.24.08", "6.03.04"}));
    std::vector<std::string> moves;
    for (auto const& item : diff.moved)
        moves.push_back(item.number.to_string() + "->" + item.target->to_string());
    EXPECT_EQ(moves, (std::vector<std::string>{"5.04.02->5.10.02", "5.04.03->5.25.02"}));
    EXPECT_EQ(names(diff.withdrawn), std::vector<std::string>{"5.21.01"});
    EXPECT_TRUE(diff.removed.empty());
    std::vector<std::string> reworded;
    for (auto const& measure : diff.reworded) {
        reworded.push_back(measure.number.to_string());
        EXPECT_FALSE(measure.changes.empty()) << measure.number.to_string();
    }
    EXPECT_EQ(reworded, (std::vector<std::string>{"5.01.02", "8.08.06", "8.16.03"}));
    // 5.01.01 only says "entiteit" for "organisatie", 5.20.03 lost its "Draagt bij aan":
    // neither is a change of substance.
    EXPECT_EQ(names(diff.unchanged), (std::vector<std::string>{"5.01.01", "5.20.03", "7.07.01", "8.15.01", "8.16.02"}));
}

TEST_F(FixtureDiff, MigrationPlanCarriesFollowsAndOrphansAnswers)
{
    std::vector<MeasureNumber> answered;
    for (auto const& item : m_v02.items())
        if (is_measure(item.kind))
            answered.push_back(item.number);
    ASSERT_EQ(answered.size(), 11u);
    auto const plan = domain::catalog::plan_migration(m_v02, m_v03, answered);
    std::vector<std::string> carried;
    for (auto const& answer : plan.carried)
        carried.push_back(
            answer.from.to_string() + "->" + answer.to.to_string() + (answer.needs_review ? " review" : ""));
    EXPECT_EQ(carried,
        (std::vector<std::string>{"5.01.01->5.01.01", "5.01.02->5.01.02 review", "5.04.02->5.10.02 review",
            "5.20.03->5.20.03", "7.07.01->7.07.01", "8.08.06->5.24.08 review", "8.15.01->8.15.01", "8.16.02->8.16.02",
            "8.16.03->8.16.03 review"}));
    ASSERT_EQ(plan.without_successor.size(), 2u);
    EXPECT_EQ(plan.without_successor[0].from.to_string(), "5.04.03");
    EXPECT_EQ(plan.without_successor[0].reason, "moved to 5.25.02, which does not exist");
    EXPECT_EQ(plan.without_successor[1].from.to_string(), "5.21.01");
    EXPECT_EQ(plan.without_successor[1].reason, "withdrawn");
    EXPECT_EQ(names(plan.unanswered), std::vector<std::string>{"6.03.04"});
}

} // namespace
} // namespace bolwerk::testing
