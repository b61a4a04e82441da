#include "domain/governance/management_review.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::governance {
namespace {

using namespace std::chrono;

constexpr sys_days today{2026y / June / 1};
Timestamp const now = parse_timestamp("2026-06-01T10:00:00Z").value();

TEST(ManagementReview, GathersItsInputsAndFlagsWhatNeedsTheBoard)
{
    ManagementReviewFacts facts;
    facts.previous_actions
        = {{"Beleid herzien", "CISO", Role::Ciso, sys_days{2026y / March / 1}, sys_days{2026y / February / 20}},
            {"Back-up testen", "IT", Role::Lijnmanager, sys_days{2026y / May / 1}},
            {"Training", "HR", Role::Lijnmanager, sys_days{2026y / July / 1}}};
    facts.changes = {"Nieuwe Cbw-registratie"};
    facts.measures_implemented = {120, 150};
    facts.incidents = 4;
    facts.incidents_reportable = 1;
    CorrectiveAction overdue{1, 1, "oorzaak", "actie", "IT", Role::Lijnmanager, sys_days{2026y / May / 15}};
    facts.findings = {{1, 1, FindingSeverity::Major, "MFA ontbreekt"}, {2, 1, FindingSeverity::Opportunity, "kans"}};
    facts.corrective_actions = {overdue};
    facts.open_tasks = {Task{.status = TaskStatus::Overdue, .escalation = EscalationLevel::Bestuurder},
        Task{.status = TaskStatus::DueSoon}};
    facts.duties_done_on_time = 9;
    facts.duties_done_late = 1;
    auto const inputs = management_review_inputs(facts, today);
    EXPECT_EQ(inputs.previous_actions.total, 3u);
    EXPECT_EQ(inputs.previous_actions.done, 1u);
    EXPECT_EQ(inputs.previous_actions.overdue, 1u);
    EXPECT_EQ(inputs.measures_implemented.percent(), 80);
    EXPECT_EQ(inputs.major_findings_open, 1u);
    EXPECT_EQ(inputs.opportunities, 1u);
    EXPECT_EQ(inputs.corrective_actions_open, 1u);
    EXPECT_EQ(inputs.corrective_actions_overdue, 1u);
    EXPECT_EQ(inputs.tasks_overdue, 1u);
    EXPECT_EQ(inputs.tasks_escalated_to_board, 1u);
    EXPECT_EQ(inputs.duties_on_time, (Share{9, 10}));
    EXPECT_EQ(inputs.attention,
        (std::vector<std::string>{"previous_actions_overdue", "major_findings_open", "corrective_actions_overdue",
            "tasks_escalated_to_board"}));
}

TEST(ManagementReview, ABestuurderApprovesAndThenItIsFixed)
{
    ManagementReview review{7, sys_days{2026y / May / 20}, {"Burgemeester", "CISO"}, {"Budget voor MFA"},
        {{"MFA uitrollen", "IT", Role::Lijnmanager, sys_days{2026y / September / 1}},
            {"Beleid publiceren", "CISO", Role::Ciso, sys_days{2026y / June / 15}, sys_days{2026y / May / 30}}}};
    EXPECT_TRUE(check_management_review(review, false, today));
    EXPECT_EQ(check_management_review(review, true, today).error().kind(), ErrorKind::Conflict);
    auto future = review;
    future.held_on = today + days{1};
    EXPECT_EQ(check_management_review(future, false, today).error().location().field, "held_on");
    auto alone = review;
    alone.attendees.clear();
    EXPECT_EQ(check_management_review(alone, false, today).error().location().field, "attendees");
    auto early = review;
    early.actions[0].due = sys_days{2026y / May / 1};
    EXPECT_EQ(check_management_review(early, false, today).error().location().field, "actions");

    EXPECT_EQ(approve_management_review(review, "CISO", Role::Ciso, now).error().kind(), ErrorKind::Forbidden);
    EXPECT_EQ(approve_management_review(review, " ", Role::Bestuurder, now).error().location().field, "approved_by");
    auto const approved = approve_management_review(review, "Burgemeester", Role::Bestuurder, now).value();
    EXPECT_EQ(approved.approved_at, now);
    EXPECT_EQ(
        approve_management_review(approved, "Burgemeester", Role::Bestuurder, now).error().kind(), ErrorKind::Conflict);

    auto const duties = review_action_duties(approved);
    ASSERT_EQ(duties.size(), 1u);
    EXPECT_EQ(duties[0].key, "review-action:7:1");
    EXPECT_EQ(duties[0].source, "9.3");
}

} // namespace
} // namespace bolwerk::domain::governance
