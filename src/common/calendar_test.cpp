#include "common/calendar.hpp"

#include <gtest/gtest.h>

namespace bolwerk {
namespace {

using namespace std::chrono;

TEST(Calendar, AddsMonthsClampingToTheMonthEnd)
{
    struct Case {
        sys_days from;
        int months = 0;
        sys_days to;
    };
    Case const cases[]{
        {2026y / January / 31, 1, 2026y / February / 28},
        {2028y / January / 31, 1, 2028y / February / 29},
        {2028y / February / 29, 12, 2029y / February / 28},
        {2028y / February / 29, 48, 2032y / February / 29},
        {2026y / March / 31, -1, 2026y / February / 28},
        {2026y / December / 15, 1, 2027y / January / 15},
        {2026y / May / 31, 3, 2026y / August / 31},
        {2026y / November / 30, 3, 2027y / February / 28},
        {2026y / January / 15, -13, 2024y / December / 15},
        {2026y / August / 31, 1, 2026y / September / 30},
        {2026y / June / 30, 36, 2029y / June / 30},
    };
    for (auto const& test : cases)
        EXPECT_EQ(add_months(test.from, test.months), test.to) << format_date(test.from) << " + " << test.months;
}

TEST(Calendar, KnowsTheLastDayOfEveryMonthIncludingCenturyLeapRules)
{
    EXPECT_EQ(last_day_of_month(2026y / February), sys_days{2026y / February / 28});
    EXPECT_EQ(last_day_of_month(2028y / February), sys_days{2028y / February / 29});
    EXPECT_EQ(last_day_of_month(2100y / February), sys_days{2100y / February / 28});
    EXPECT_EQ(last_day_of_month(2000y / February), sys_days{2000y / February / 29});
    EXPECT_EQ(last_day_of_month(2026y / April), sys_days{2026y / April / 30});
    EXPECT_EQ(last_day_of_month(2026y / December), sys_days{2026y / December / 31});
}

TEST(Calendar, AddsDays)
{
    EXPECT_EQ(add_days(sys_days{2026y / December / 31}, 1), sys_days{2027y / January / 1});
    EXPECT_EQ(add_days(sys_days{2028y / March / 1}, -1), sys_days{2028y / February / 29});
    EXPECT_EQ(add_days(sys_days{2026y / March / 28}, 7), sys_days{2026y / April / 4});
}

} // namespace
} // namespace bolwerk
