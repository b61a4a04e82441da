#include "importers/risk/risk_csv.hpp"

#include <gtest/gtest.h>

namespace bolwerk::importers {
namespace {

constexpr std::string_view header = "title,owner,inherent_likelihood,impact_financieel,impact_imago,treatment,"
                                    "planned_measures,planned_measure_due,systems,residual_likelihood,"
                                    "residual_impact,review_due\n";

TEST(RiskCsv, ReadsEveryColumn)
{
    auto const text
        = std::string(header) + "Phishing,CIO,4,3,5,verminderen,MFA;Training,2027-01-31,3;7,2,3,2027-06-01\n";
    auto const content = read_risk_csv(text, "risks.csv");
    ASSERT_TRUE(content) << content.error().to_string();
    ASSERT_EQ(content->rows.size(), 1u);
    auto const& draft = content->rows[0].draft;
    EXPECT_EQ(content->rows[0].line, 2u);
    EXPECT_EQ(draft.title, "Phishing");
    EXPECT_EQ(draft.inherent_likelihood, 4);
    ASSERT_EQ(draft.inherent_impacts.size(), 2u);
    EXPECT_EQ(draft.inherent_impacts[1].area, "imago");
    EXPECT_EQ(draft.inherent_impacts[1].impact, 5);
    EXPECT_EQ(draft.planned_measures.size(), 2u);
    EXPECT_EQ(draft.systems.size(), 2u);
    EXPECT_EQ(draft.residual_impact, 3);
    EXPECT_TRUE(draft.review_due.has_value());
}

TEST(RiskCsv, BadRowsAreRejectedWithLineAndColumn)
{
    auto const text = std::string(header) + "Goed,CIO,2,2,,,,,,,,\n" + "Slecht getal,CIO,twee,2,,,,,,,,\n"
        + "Slechte datum,CIO,2,2,,,,2027-02-30,,,,\n" + "Slechte behandeling,CIO,2,2,,negeren,,,,,,\n"
        + "Slecht systeem,CIO,2,2,,,,,abc,,,\n";
    auto const content = read_risk_csv(text, "risks.csv");
    ASSERT_TRUE(content);
    EXPECT_EQ(content->rows.size(), 1u);
    ASSERT_EQ(content->rejected.size(), 4u);
    struct Expected {
        std::uint64_t line;
        char const* field;
    };
    Expected const expected[]
        = {{3, "inherent_likelihood"}, {4, "planned_measure_due"}, {5, "treatment"}, {6, "systems"}};
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(content->rejected[i].location().line, expected[i].line);
        EXPECT_EQ(content->rejected[i].location().field, expected[i].field) << content->rejected[i].to_string();
        EXPECT_EQ(content->rejected[i].location().source, "risks.csv");
    }
}

TEST(RiskCsv, MissingColumnsRefuseTheFile)
{
    EXPECT_FALSE(read_risk_csv("title,owner\nA,B\n", "r.csv"));
    EXPECT_FALSE(read_risk_csv("title,owner,inherent_likelihood\nA,B,1\n", "r.csv"));
    EXPECT_FALSE(read_risk_csv("title,owner\n\"open\n", "r.csv"));
}

} // namespace
} // namespace bolwerk::importers
