#include "domain/governance/awareness.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::governance {
namespace {

using namespace std::chrono;

TEST(Awareness, CountsTrainingWithinThreeMonthsOfJoining)
{
    constexpr sys_days today{2027y / March / 1};
    std::vector<TrainingRecord> const records{
        {"op tijd", 2026y / November / 30, sys_days{2027y / February / 28}}, // the last day of the window
        {"te laat", 2026y / October / 31, sys_days{2027y / February / 1}}, // window ended 31 January
        {"vooraf", 2026y / September / 1, sys_days{2026y / August / 20}}, // trained before joining
        {"achterstallig", 2026y / November / 28}, // window ended 28 February
        {"nog binnen termijn", 2026y / December / 1}, // window ends 1 March: today
        {"net begonnen, al klaar", 2027y / February / 15, sys_days{2027y / February / 20}},
    };
    auto const figures = awareness_figures(records, today);
    EXPECT_EQ(figures.people, 6u);
    EXPECT_EQ(figures.window_closed, 4u);
    EXPECT_EQ(figures.trained_in_time, 3u);
    EXPECT_EQ(figures.trained_late, 1u);
    EXPECT_EQ(figures.overdue, 1u);
    EXPECT_EQ(figures.pending, 1u);
    EXPECT_EQ(figures.in_time, (Share{2, 4})); // the one trained early still has an open window
    EXPECT_EQ(figures.in_time.percent(), 50);
    EXPECT_EQ(figures.overdue_people, std::vector<std::string>{"achterstallig"});
}

TEST(Awareness, LeapYearsMoveTheWindow)
{
    std::vector<TrainingRecord> const records{{"schrikkel", 2027y / November / 30}};
    EXPECT_EQ(awareness_figures(records, sys_days{2028y / February / 29}).overdue, 0u);
    EXPECT_EQ(awareness_figures(records, sys_days{2028y / March / 1}).overdue, 1u);
}

} // namespace
} // namespace bolwerk::domain::governance
