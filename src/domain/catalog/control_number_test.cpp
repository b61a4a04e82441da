#include "domain/catalog/clause_number.hpp"
#include "domain/catalog/control_number.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::catalog {
namespace {

TEST(ControlNumber, ThereAre93ControlsInFourThemes)
{
    auto const& all = ControlNumber::all();
    EXPECT_EQ(all.size(), 93u);
    EXPECT_EQ(control_count(Theme::Organisational), 37);
    EXPECT_EQ(control_count(Theme::People), 8);
    EXPECT_EQ(control_count(Theme::Physical), 14);
    EXPECT_EQ(control_count(Theme::Technological), 34);
    EXPECT_EQ(all.front().to_string(), "5.1");
    EXPECT_EQ(all.back().to_string(), "8.34");
    EXPECT_TRUE(std::is_sorted(all.begin(), all.end()));
}

TEST(ControlNumber, ParsesEveryForm)
{
    struct Case {
        char const* text;
        char const* expected;
    };
    Case const cases[] = {{"5.1", "5.1"}, {"5.01", "5.1"}, {"A.8.34", "8.34"}, {"a.6.8", "6.8"}, {" 7.14 ", "7.14"}};
    for (auto const& c : cases) {
        auto const parsed = ControlNumber::parse(c.text);
        ASSERT_TRUE(parsed) << c.text;
        EXPECT_EQ(parsed->to_string(), c.expected);
    }
    EXPECT_EQ(ControlNumber::parse("5.23")->annex_a_reference(), "A.5.23");
}

TEST(ControlNumber, RejectsControlsThatDoNotExist)
{
    for (auto const* text : {"5.38", "6.9", "7.15", "8.35", "4.1", "9.1", "5.0", "5", "5.1.1", "A.", "x.y", ""}) {
        auto const parsed = ControlNumber::parse(text);
        ASSERT_FALSE(parsed) << text;
        EXPECT_EQ(parsed.error().kind(), ErrorKind::Invalid);
    }
}

TEST(ClauseNumber, AcceptsClausesFourToTen)
{
    for (auto const* text : {"4", "4.1", "6.1.2", "9.2.1", "10.2"})
        EXPECT_TRUE(ClauseNumber::parse(text)) << text;
    for (auto const* text : {"3.1", "11", "0", "", "6..1", "6.1.2.3.4", "A.5.1"})
        EXPECT_FALSE(ClauseNumber::parse(text)) << text;
    EXPECT_EQ(ClauseNumber::parse("6.1.2")->to_string(), "6.1.2");
}

} // namespace
} // namespace bolwerk::domain::catalog
