#include "domain/incident/deadline.hpp"
#include "domain/incident/deadline_status.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::incident {
namespace {

using namespace std::chrono;

Timestamp utc(std::string_view text) { return parse_timestamp(text).value(); }

SignificanceStatus decided(SignificanceOutcome outcome)
{
    SignificanceStatus status;
    status.state
        = outcome == SignificanceOutcome::Reportable ? SignificanceState::Reportable : SignificanceState::NotReportable;
    status.latest = SignificanceDecision{IncidentId(1), ReportingRegime::Cbw, outcome, {}, "r", "ciso", {}};
    return status;
}

ClockInput reportable(std::string_view aware_at)
{
    ClockInput input;
    input.aware_at = utc(aware_at);
    input.personal_data_aware_at = input.aware_at;
    input.cbw = decided(SignificanceOutcome::Reportable);
    input.avg = decided(SignificanceOutcome::Reportable);
    return input;
}

std::optional<Timestamp> due_of(std::vector<Deadline> const& deadlines, ReportKind kind)
{
    for (auto const& deadline : deadlines) {
        if (deadline.report == kind)
            return deadline.due;
    }
    ADD_FAILURE() << "no " << to_string(kind);
    return std::nullopt;
}

std::vector<ReportKind> kinds(std::vector<Deadline> const& deadlines)
{
    std::vector<ReportKind> result;
    result.reserve(deadlines.size());
    for (auto const& deadline : deadlines)
        result.push_back(deadline.report);
    return result;
}

TEST(IncidentDeadlines, CountElapsedHoursAcrossClockChanges)
{
    struct Case {
        std::string_view aware_at;
        std::string_view early_warning;
        std::string_view notification;
    };
    Case const cases[]{
        // 10:00 CET on the Saturday before summer time: 24 h later is 11:00 CEST.
        {"2026-03-28T09:00:00Z", "2026-03-29T09:00:00Z", "2026-03-31T09:00:00Z"},
        // Aware at 01:30 CET, half an hour before the skipped hour.
        {"2026-03-29T00:30:00Z", "2026-03-30T00:30:00Z", "2026-04-01T00:30:00Z"},
        // 10:00 CEST on the Saturday before winter time: 24 h later is 09:00 CET.
        {"2026-10-24T08:00:00Z", "2026-10-25T08:00:00Z", "2026-10-27T08:00:00Z"},
        // Aware in the doubled hour (the second 02:30, CET).
        {"2026-10-25T01:30:00Z", "2026-10-26T01:30:00Z", "2026-10-28T01:30:00Z"},
        // Across the year end and a leap day.
        {"2027-12-31T22:00:00Z", "2028-01-01T22:00:00Z", "2028-01-03T22:00:00Z"},
        {"2028-02-28T12:00:00Z", "2028-02-29T12:00:00Z", "2028-03-02T12:00:00Z"},
    };
    for (auto const& test : cases) {
        auto const deadlines = incident_deadlines(reportable(test.aware_at));
        EXPECT_EQ(due_of(deadlines, ReportKind::EarlyWarning), utc(test.early_warning)) << test.aware_at;
        EXPECT_EQ(due_of(deadlines, ReportKind::Notification), utc(test.notification)) << test.aware_at;
    }
}

TEST(IncidentDeadlines, TheFinalReportFallsOneMonthAfterTheNotificationByTheDutchClock)
{
    struct Case {
        std::string_view notification_sent;
        std::string_view final_due;
    };
    Case const cases[]{
        {"2026-12-07T13:05:00Z", "2027-01-07T13:05:00Z"}, // 14:05 CET -> 14:05 CET
        {"2027-01-31T10:00:00Z", "2027-02-28T10:00:00Z"}, // month end clamped
        {"2028-01-31T10:00:00Z", "2028-02-29T10:00:00Z"}, // leap year
        {"2026-03-01T12:00:00Z", "2026-04-01T11:00:00Z"}, // 13:00 CET -> 13:00 CEST
        {"2026-10-10T12:00:00Z", "2026-11-10T13:00:00Z"}, // 14:00 CEST -> 14:00 CET
        {"2027-02-28T01:30:00Z", "2027-03-28T01:30:00Z"}, // 02:30 CET -> skipped, read as 03:30 CEST
    };
    for (auto const& test : cases) {
        auto input = reportable("2026-01-01T00:00:00Z");
        auto const sent = utc(test.notification_sent);
        input.sent = {{ReportKind::Notification, sent}};
        input.handled_at = sent; // handled before the month is out: a final report is due
        auto const deadlines = incident_deadlines(input);
        EXPECT_EQ(kinds(deadlines),
            (std::vector{ReportKind::EarlyWarning, ReportKind::Notification, ReportKind::FinalReport}));
        EXPECT_EQ(due_of(deadlines, ReportKind::FinalReport), utc(test.final_due)) << test.notification_sent;
    }
}

TEST(IncidentDeadlines, StillHandledAfterAMonthMeansAProgressReportAndALaterFinalReport)
{
    auto input = reportable("2026-03-28T09:00:00Z");
    // Not yet notified: the month runs provisionally from the notification's due time.
    auto deadlines = incident_deadlines(input);
    EXPECT_EQ(kinds(deadlines),
        (std::vector{
            ReportKind::EarlyWarning, ReportKind::Notification, ReportKind::ProgressReport, ReportKind::FinalReport}));
    EXPECT_EQ(due_of(deadlines, ReportKind::ProgressReport), utc("2026-04-30T09:00:00Z")); // 31 March -> 30 April
    EXPECT_FALSE(due_of(deadlines, ReportKind::FinalReport)); // waits for the end of handling

    input.sent = {{ReportKind::Notification, utc("2026-03-30T15:00:00Z")}};
    input.handled_at = utc("2026-05-20T08:00:00Z");
    deadlines = incident_deadlines(input);
    EXPECT_EQ(due_of(deadlines, ReportKind::ProgressReport), utc("2026-04-30T15:00:00Z"));
    EXPECT_EQ(due_of(deadlines, ReportKind::FinalReport), utc("2026-06-20T08:00:00Z"));
}

TEST(IncidentDeadlines, ReportsMeetTheirDeadlinesAndLaterStagesMeetEarlierOnes)
{
    auto input = reportable("2026-03-28T09:00:00Z");
    input.sent = {{ReportKind::Notification, utc("2026-03-28T20:00:00Z")},
        {ReportKind::Notification, utc("2026-03-28T21:00:00Z")}};
    auto const deadlines = incident_deadlines(input);
    EXPECT_EQ(deadlines[0].met_at, utc("2026-03-28T20:00:00Z")); // the notification also serves as early warning
    EXPECT_EQ(deadlines[1].met_at, utc("2026-03-28T20:00:00Z")); // the first one counts
    EXPECT_FALSE(deadlines[0].provisional);
}

TEST(IncidentDeadlines, InterimReportsAnswerRequestsInOrder)
{
    auto input = reportable("2026-03-28T09:00:00Z");
    input.interim_requests = {{utc("2026-04-05T08:00:00Z"), utc("2026-04-07T08:00:00Z"), "CSIRT"},
        {utc("2026-04-02T08:00:00Z"), utc("2026-04-03T08:00:00Z"), "RDI"}};
    input.sent = {{ReportKind::InterimReport, utc("2026-04-01T08:00:00Z")}, // before any request: answers none
        {ReportKind::InterimReport, utc("2026-04-02T20:00:00Z")},
        {ReportKind::InterimReport, utc("2026-04-08T08:00:00Z")}};
    std::vector<Deadline> interim;
    for (auto const& deadline : incident_deadlines(input)) {
        if (deadline.report == ReportKind::InterimReport)
            interim.push_back(deadline);
    }
    ASSERT_EQ(interim.size(), 2u);
    EXPECT_EQ(interim[0].due, utc("2026-04-03T08:00:00Z"));
    EXPECT_EQ(interim[0].met_at, utc("2026-04-02T20:00:00Z"));
    EXPECT_EQ(interim[1].due, utc("2026-04-07T08:00:00Z"));
    EXPECT_EQ(interim[1].met_at, utc("2026-04-08T08:00:00Z"));
}

TEST(IncidentDeadlines, WhichClocksRunFollowsTheSignificanceTests)
{
    struct Case {
        std::string_view name;
        SignificanceState cbw;
        SignificanceState avg;
        bool personal_data;
        std::vector<ReportKind> kinds;
        bool provisional;
    };
    using enum ReportKind;
    Case const cases[]{
        {"undecided runs provisionally", SignificanceState::Undecided, SignificanceState::Undecided, false,
            {EarlyWarning, Notification, ProgressReport, FinalReport}, true},
        {"not reportable stops the Cbw clocks", SignificanceState::NotReportable, SignificanceState::Undecided, false,
            {}, false},
        {"personal data adds the AP's 72 hours", SignificanceState::NotReportable, SignificanceState::Undecided, true,
            {DataBreachNotification}, true},
        {"not reportable to the AP either", SignificanceState::NotReportable, SignificanceState::NotReportable, true,
            {}, false},
    };
    for (auto const& test : cases) {
        ClockInput input;
        input.aware_at = utc("2026-06-01T10:00:00Z");
        input.personal_data_aware_at = utc("2026-06-02T10:00:00Z");
        input.personal_data = test.personal_data;
        input.cbw.state = test.cbw;
        input.avg.state = test.avg;
        auto const deadlines = incident_deadlines(input);
        EXPECT_EQ(kinds(deadlines), test.kinds) << test.name;
        for (auto const& deadline : deadlines) {
            EXPECT_EQ(deadline.provisional, test.provisional) << test.name;
        }
        if (test.personal_data && !deadlines.empty()) { // counted from when the breach became known
            EXPECT_EQ(deadlines.back().due, utc("2026-06-05T10:00:00Z"));
        }
    }
}

TEST(DeadlineStatus, TellsTimeLeftEscalationAndLateness)
{
    auto const due = utc("2026-03-29T09:00:00Z");
    auto const policy = EscalationPolicy::standard(); // early warning: 12, 4 and 1 hour before
    struct Case {
        std::string_view now;
        std::optional<std::string_view> met_at;
        DeadlineState state;
        seconds time_left;
        seconds lateness;
        std::size_t level;
    };
    Case const cases[]{
        {"2026-03-28T09:00:00Z", {}, DeadlineState::Upcoming, hours{24}, seconds{0}, 0},
        {"2026-03-28T20:59:59Z", {}, DeadlineState::Upcoming, hours{12} + seconds{1}, seconds{0}, 0},
        // Twelve hours before 11:00 CEST is 22:00 CET: the skipped hour counts for nothing.
        {"2026-03-28T21:00:00Z", {}, DeadlineState::DueSoon, hours{12}, seconds{0}, 1},
        {"2026-03-29T05:30:00Z", {}, DeadlineState::DueSoon, hours{3} + minutes{30}, seconds{0}, 2},
        {"2026-03-29T08:30:00Z", {}, DeadlineState::DueSoon, minutes{30}, seconds{0}, 3},
        {"2026-03-29T09:00:00Z", {}, DeadlineState::DueSoon, seconds{0}, seconds{0}, 3},
        {"2026-03-29T11:15:00Z", {}, DeadlineState::Overdue, -(hours{2} + minutes{15}), hours{2} + minutes{15}, 4},
        {"2026-04-02T00:00:00Z", "2026-03-29T09:00:00Z", DeadlineState::MetOnTime, seconds{0}, seconds{0}, 0},
        {"2026-04-02T00:00:00Z", "2026-03-29T09:00:01Z", DeadlineState::MetLate, seconds{0}, seconds{1}, 0},
    };
    for (auto const& test : cases) {
        Deadline deadline{ReportKind::EarlyWarning, due};
        if (test.met_at)
            deadline.met_at = utc(*test.met_at);
        auto const status = evaluate_deadline(deadline, policy, utc(test.now));
        EXPECT_EQ(status.state, test.state) << test.now;
        EXPECT_EQ(status.time_left, test.time_left) << test.now;
        EXPECT_EQ(status.lateness, test.lateness) << test.now;
        EXPECT_EQ(status.escalation_level, test.level) << test.now;
    }
    auto const waiting = evaluate_deadline(Deadline{ReportKind::FinalReport}, policy, utc("2026-03-29T09:00:00Z"));
    EXPECT_EQ(waiting.state, DeadlineState::Waiting);
}

TEST(DeadlineStatus, EscalationPointsAreChecked)
{
    EXPECT_TRUE(check_escalation_policy(EscalationPolicy::standard()));
    struct Case {
        std::vector<minutes> points;
    };
    Case const cases[]{{{minutes{0}}}, {{-minutes{5}}}, {{days{32}}}, {{hours{1}, hours{1}}}};
    for (auto const& test : cases) {
        auto policy = EscalationPolicy::standard();
        policy.points[static_cast<std::size_t>(ReportKind::Notification)] = test.points;
        auto const result = check_escalation_policy(policy);
        ASSERT_FALSE(result);
        EXPECT_EQ(result.error().location().field, "escalation.notification");
    }
}

TEST(DeadlineStatus, ALateReportMustSayWhy)
{
    auto const due = utc("2026-03-29T09:00:00Z");
    EXPECT_TRUE(check_late_reason(due, due, ""));
    EXPECT_TRUE(check_late_reason(std::nullopt, due + hours{1}, ""));
    EXPECT_TRUE(check_late_reason(due, due + seconds{1}, "Portaal van het CSIRT was onbereikbaar"));
    auto const refused = check_late_reason(due, due + seconds{1}, "  ");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().location().field, "late_reason");
    EXPECT_EQ(parse_report_kind(to_string(ReportKind::ProgressReport)).value(), ReportKind::ProgressReport);
    EXPECT_EQ(to_string(DeadlineState::MetLate), "met_late");
}

} // namespace
} // namespace bolwerk::domain::incident
