#include "domain/incident/incident_overview.hpp"

#include "domain/incident/incident_fixture_test.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::incident {
namespace {

using testing::utc;

TEST(IncidentOverview, ShowsTheMostUrgentOpenDeadline)
{
    auto const now = utc("2026-10-20T12:00:00Z");
    auto const overviews = testing::october_overviews(now);
    auto const& leak = overviews[3]; // aware 20 October 08:00 UTC, personal data
    auto const urgent = leak.most_urgent();
    ASSERT_TRUE(urgent);
    EXPECT_EQ(urgent->deadline.report, ReportKind::EarlyWarning);
    EXPECT_EQ(urgent->state, DeadlineState::Upcoming);
    EXPECT_FALSE(leak.overdue());
    EXPECT_FALSE(overviews[1].most_urgent()); // not reportable: no clocks
}

TEST(IncidentOverview, ClosingNeedsADecisionAndEveryReportSent)
{
    auto const now = utc("2026-12-15T12:00:00Z");
    auto records = testing::october_register();
    auto const policy = EscalationPolicy::standard();
    struct Case {
        std::string_view name;
        IncidentRecord record;
        bool may_close;
    };
    auto ransomware_with_final = records[0];
    ransomware_with_final.sent.push_back({ReportKind::FinalReport, utc("2026-11-05T10:00:00Z")});
    auto leak_decided = records[3];
    leak_decided.decisions = {testing::decision(4, SignificanceOutcome::NotReportable, "2026-10-20T10:00:00Z")};
    auto leak_both_decided = leak_decided;
    auto avg = testing::decision(4, SignificanceOutcome::NotReportable, "2026-10-20T10:00:00Z");
    avg.regime = ReportingRegime::Avg;
    leak_both_decided.decisions.push_back(avg);
    Case const cases[]{
        {"reportable, final report missing", records[0], false},
        {"reportable, every report sent", ransomware_with_final, true},
        {"not reportable", records[1], true},
        {"undecided", records[2], false},
        {"personal data, AP undecided", leak_decided, false},
        {"personal data, both decided", leak_both_decided, true},
    };
    for (auto const& test : cases) {
        auto const result = check_may_close(overview(test.record, policy, now));
        EXPECT_EQ(result.has_value(), test.may_close) << test.name;
        if (!result) {
            EXPECT_EQ(result.error().kind(), ErrorKind::Conflict) << test.name;
        }
    }
}

} // namespace
} // namespace bolwerk::domain::incident
