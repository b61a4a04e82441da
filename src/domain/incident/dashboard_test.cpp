#include "domain/incident/dashboard.hpp"

#include "domain/incident/incident_fixture_test.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::incident {
namespace {

using namespace std::chrono;
using testing::utc;

TEST(IncidentDashboard, CountsPerMonthTypeAndDecisionAndTimesTheReports)
{
    auto const now = utc("2026-11-15T12:00:00Z");
    auto const dashboard = incident_dashboard(testing::october_overviews(now), now, 3);
    ASSERT_EQ(dashboard.per_month.size(), 3u);
    EXPECT_EQ(dashboard.per_month[0].month, 2026y / September);
    EXPECT_EQ(dashboard.per_month[0].opened, 1u);
    EXPECT_EQ(dashboard.per_month[1].opened, 3u);
    EXPECT_EQ(dashboard.per_month[1].reportable, 1u);
    EXPECT_EQ(dashboard.per_month[2].month, 2026y / November);
    EXPECT_EQ(dashboard.per_month[2].opened, 1u);
    EXPECT_EQ(dashboard.per_type.at(IncidentType::Phishing), 1u);
    EXPECT_EQ(dashboard.reportable, 1u);
    EXPECT_EQ(dashboard.not_reportable, 2u);
    EXPECT_EQ(dashboard.undecided, 2u);
    EXPECT_EQ(dashboard.open, 4u);
    // 3: its early warning; 4: its first three; 1: the final report due 6 November.
    EXPECT_EQ(dashboard.with_overdue_deadline, 3u);
    ASSERT_EQ(dashboard.timing.size(), 2u);
    EXPECT_EQ(dashboard.timing[0].kind, ReportKind::EarlyWarning);
    EXPECT_EQ(dashboard.timing[0].sent, 1u);
    EXPECT_EQ(dashboard.timing[0].on_time, 1u);
    EXPECT_EQ(dashboard.timing[0].median_time_to_report, hours{10});
    EXPECT_EQ(dashboard.timing[0].median_margin, hours{14});
    EXPECT_EQ(dashboard.timing[1].kind, ReportKind::Notification);
    EXPECT_EQ(dashboard.timing[1].median_time_to_report, hours{30});
    EXPECT_EQ(dashboard.timing[1].median_margin, hours{42});
}

TEST(IncidentDashboard, HistoryIsClampedToFiveYears)
{
    auto const now = utc("2026-11-15T12:00:00Z");
    EXPECT_EQ(incident_dashboard({}, now, 0).per_month.size(), 1u);
    EXPECT_EQ(incident_dashboard({}, now, 1000).per_month.size(), 60u);
}

} // namespace
} // namespace bolwerk::domain::incident
