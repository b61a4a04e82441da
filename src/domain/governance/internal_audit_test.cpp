#include "domain/governance/internal_audit.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::governance {
namespace {

using namespace std::chrono;

constexpr sys_days today{2026y / June / 1};

CorrectiveAction action(std::int64_t id, std::int64_t finding)
{
    return {id, finding, "Geen procedure", "Procedure opstellen", "P. Eigenaar", Role::Lijnmanager,
        sys_days{2026y / May / 1}};
}

TEST(InternalAudit, PlansAndAuditsAreChecked)
{
    AuditPlan plan{2026, {{"Website", AuditKind::Pentest, sys_days{2026y / March / 1}}}};
    EXPECT_TRUE(check_audit_plan(plan));
    EXPECT_EQ(check_audit_plan({2026, {}}).error().location().field, "entries");
    EXPECT_EQ(check_audit_plan({2026, {{" ", AuditKind::Pentest}}}).error().location().field, "subject");
    EXPECT_EQ(check_audit_plan({2026, {{"Website", AuditKind::Pentest, sys_days{2027y / January / 1}}}})
                  .error()
                  .location()
                  .field,
        "planned_for");
    Audit audit{1, "Toegangsbeheer", "Interne auditdienst", true, "", sys_days{2026y / April / 1}};
    EXPECT_TRUE(check_audit(audit));
    audit.auditor_independent = false;
    EXPECT_EQ(check_audit(audit).error().location().field, "independence_note");
    audit.independence_note = "Auditor werkt bij een andere directie, rapporteert aan de auditcommissie";
    EXPECT_TRUE(check_audit(audit));
    audit.ended_on = sys_days{2026y / March / 1};
    EXPECT_EQ(check_audit(audit).error().location().field, "ended_on");
    EXPECT_EQ(parse_audit_kind("red_team").value(), AuditKind::RedTeam);
}

TEST(InternalAudit, CorrectiveActionsRunToAnIndependentEffectivenessCheck)
{
    auto current = action(1, 10);
    EXPECT_TRUE(check_corrective_action(current));
    EXPECT_EQ(current.state(), ActionState::Open);
    EXPECT_EQ(complete_action(current, today + days{1}, today).error().location().field, "done_on");
    current = complete_action(current, sys_days{2026y / May / 10}, today).value();
    EXPECT_EQ(current.state(), ActionState::AwaitingCheck);
    EXPECT_EQ(complete_action(current, today, today).error().kind(), ErrorKind::Conflict);

    struct Case {
        EffectivenessCheck check;
        std::optional<sys_days> new_due;
        std::string_view field;
    };
    Case const refused[]{
        {{sys_days{2026y / May / 20}, true, "P. Eigenaar"}, std::nullopt, "checked_by"}, // the owner
        {{sys_days{2026y / May / 1}, true, "CISO"}, std::nullopt, "checked_on"}, // before done
        {{today + days{1}, true, "CISO"}, std::nullopt, "checked_on"}, // future
        {{sys_days{2026y / May / 20}, false, "CISO"}, sys_days{2026y / July / 1}, "note"},
        {{sys_days{2026y / May / 20}, false, "CISO", "Nog steeds fout"}, std::nullopt, "due"},
    };
    for (auto const& test : refused) {
        auto const result = record_effectiveness(current, test.check, test.new_due, today);
        ASSERT_FALSE(result) << test.field;
        EXPECT_EQ(result.error().location().field, test.field);
    }
    // Not effective: reopened with a new due date; then done again and found effective.
    auto reopened = record_effectiveness(current, {sys_days{2026y / May / 20}, false, "CISO", "Procedure niet gevolgd"},
        sys_days{2026y / July / 1}, today)
                        .value();
    EXPECT_EQ(reopened.state(), ActionState::Open);
    EXPECT_EQ(reopened.due, sys_days{2026y / July / 1});
    reopened = complete_action(reopened, sys_days{2026y / May / 20}, today).value(); // the same day
    EXPECT_EQ(reopened.state(), ActionState::AwaitingCheck);
    auto const closed = record_effectiveness(reopened, {today, true, "CISO"}, std::nullopt, today).value();
    EXPECT_EQ(closed.state(), ActionState::Effective);
    EXPECT_EQ(closed.checks.size(), 2u);
    EXPECT_EQ(
        record_effectiveness(closed, {today, true, "CISO"}, std::nullopt, today).error().kind(), ErrorKind::Conflict);
}

TEST(InternalAudit, FindingsCloseWhenTheirActionsAreEffective)
{
    auto done = action(2, 1);
    done.done_on = sys_days{2026y / May / 2};
    done.checks = {{sys_days{2026y / May / 3}, true, "CISO"}};
    struct Case {
        FindingSeverity severity;
        std::vector<CorrectiveAction> actions;
        FindingState state;
    };
    Case const cases[]{
        {FindingSeverity::Major, {}, FindingState::NeedsAction},
        {FindingSeverity::Minor, {action(1, 1)}, FindingState::InProgress},
        {FindingSeverity::Major, {done, action(3, 99)}, FindingState::Closed}, // action 3 is another finding's
        {FindingSeverity::Major, {done, action(4, 1)}, FindingState::InProgress},
        {FindingSeverity::Observation, {}, FindingState::Closed},
        {FindingSeverity::Opportunity, {action(5, 1)}, FindingState::InProgress},
    };
    for (auto const& test : cases) {
        AuditFinding finding{1, 1, test.severity, "bevinding"};
        EXPECT_EQ(finding_state(finding, test.actions), test.state) << to_string(test.severity);
    }
    auto const duties = corrective_action_duties({done, action(6, 1)});
    ASSERT_EQ(duties.size(), 1u);
    EXPECT_EQ(duties[0].key, "corrective-action:6");
    EXPECT_EQ(duties[0].source, "10.2");
    EXPECT_EQ(duties[0].due, sys_days{2026y / May / 1});
    EXPECT_EQ(parse_finding_severity("Opportunity").value(), FindingSeverity::Opportunity);
}

} // namespace
} // namespace bolwerk::domain::governance
