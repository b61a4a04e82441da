#include "domain/incident/monthly_report.hpp"

#include "domain/incident/incident_fixture_test.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::incident {
namespace {

using namespace std::chrono;
using testing::utc;

TEST(MonthlyFollowUp, AggregatesTheDutchCalendarMonth)
{
    auto const now = utc("2026-11-15T12:00:00Z");
    CvdReport pending;
    pending.received_at = utc("2026-10-10T08:00:00Z");
    pending.fixed_at = utc("2026-11-05T08:00:00Z");
    CvdReport fixed;
    fixed.received_at = utc("2026-09-15T08:00:00Z");
    fixed.fixed_at = utc("2026-10-12T08:00:00Z");

    auto const report = monthly_follow_up(2026y / October, testing::october_overviews(now), {pending, fixed}, now);
    EXPECT_EQ(report.period_start, utc("2026-09-30T22:00:00Z")); // midnight CEST
    EXPECT_EQ(report.period_end, utc("2026-10-31T23:00:00Z")); // midnight CET
    EXPECT_EQ(report.opened, 3u); // 1, 4 and 5; 3 belongs to November
    EXPECT_EQ(report.closed, 1u);
    EXPECT_EQ(report.open_at_end, 3u);
    EXPECT_EQ(report.opened_per_type.at(IncidentType::Ransomware), 1u);
    EXPECT_EQ(report.opened_per_type.at(IncidentType::DataLeak), 1u);
    EXPECT_EQ(report.opened_per_type.at(IncidentType::Other), 1u);
    EXPECT_FALSE(report.opened_per_type.contains(IncidentType::Malware));
    EXPECT_EQ(report.opened_per_severity.at(Severity::Low), 1u);
    EXPECT_EQ(report.decided_reportable, 1u);
    EXPECT_EQ(report.decided_not_reportable, 1u); // incident 2 was decided in September
    EXPECT_EQ(report.reports_on_time, 2u);
    EXPECT_EQ(report.reports_late, 0u);
    EXPECT_EQ(report.deadlines_missed, 3u); // incident 4: early warning, notification and AP
    EXPECT_EQ(report.cvd_received, 1u);
    EXPECT_EQ(report.cvd_fixed, 1u);
    EXPECT_EQ(report.cvd_open_at_end, 1u);
    ASSERT_EQ(report.open_incidents.size(), 3u);
    EXPECT_EQ(report.open_incidents[0].id, IncidentId(4)); // medium before low
    EXPECT_EQ(report.open_incidents[1].id, IncidentId(2)); // then the oldest
    EXPECT_EQ(report.open_incidents[1].days_open, 41);
    EXPECT_EQ(report.open_incidents[1].process_owner, "eigenaar 2");
    EXPECT_EQ(report.open_incidents[2].id, IncidentId(5));
    ASSERT_TRUE(report.open_incidents[0].next_deadline);
    EXPECT_EQ(report.open_incidents[0].next_deadline->deadline.report, ReportKind::EarlyWarning);
}

TEST(MonthlyFollowUp, TheRunningMonthEndsNow)
{
    auto const now = utc("2026-11-01T12:00:00Z");
    auto const report = monthly_follow_up(2026y / November, testing::october_overviews(now), {}, now);
    EXPECT_EQ(report.period_start, utc("2026-10-31T23:00:00Z"));
    EXPECT_EQ(report.period_end, now);
    EXPECT_EQ(report.opened, 1u); // incident 3, at 00:30 local
}

} // namespace
} // namespace bolwerk::domain::incident
