#include "domain/governance/internal_audit.hpp"

#include "common/named_enum.hpp"
#include "common/text.hpp"

#include <algorithm>

namespace bolwerk::domain::governance {

namespace {

constexpr std::array kind_names{EnumName<AuditKind>{AuditKind::Pentest, "pentest"},
    EnumName<AuditKind>{AuditKind::VulnerabilityScan, "vulnerability_scan"},
    EnumName<AuditKind>{AuditKind::ComplianceAudit, "compliance_audit"},
    EnumName<AuditKind>{AuditKind::ProcessAudit, "process_audit"}, EnumName<AuditKind>{AuditKind::RedTeam, "red_team"},
    EnumName<AuditKind>{AuditKind::SupplierAudit, "supplier_audit"}};
constexpr std::array severity_names{EnumName<FindingSeverity>{FindingSeverity::Major, "major"},
    EnumName<FindingSeverity>{FindingSeverity::Minor, "minor"},
    EnumName<FindingSeverity>{FindingSeverity::Observation, "observation"},
    EnumName<FindingSeverity>{FindingSeverity::Opportunity, "opportunity"}};
constexpr std::array action_state_names{EnumName<ActionState>{ActionState::Open, "open"},
    EnumName<ActionState>{ActionState::AwaitingCheck, "awaiting_check"},
    EnumName<ActionState>{ActionState::Effective, "effective"}};
constexpr std::array finding_state_names{EnumName<FindingState>{FindingState::NeedsAction, "needs_action"},
    EnumName<FindingState>{FindingState::InProgress, "in_progress"},
    EnumName<FindingState>{FindingState::Closed, "closed"}};

bool blank(std::string_view text) { return trim(text).empty(); }

} // namespace

std::string_view to_string(AuditKind kind) { return enum_name(kind_names, kind); }
Result<AuditKind> parse_audit_kind(std::string_view text) { return parse_enum(kind_names, text, "audit kind"); }
std::string_view to_string(FindingSeverity severity) { return enum_name(severity_names, severity); }
Result<FindingSeverity> parse_finding_severity(std::string_view text)
{
    return parse_enum(severity_names, text, "finding severity");
}
std::string_view to_string(ActionState state) { return enum_name(action_state_names, state); }
std::string_view to_string(FindingState state) { return enum_name(finding_state_names, state); }

bool is_nonconformity(FindingSeverity severity)
{
    return severity == FindingSeverity::Major || severity == FindingSeverity::Minor;
}

Result<void> check_audit_plan(AuditPlan const& plan)
{
    if (plan.entries.empty())
        return Error::invalid("the audit plan names at least one audit", {.field = "entries"});
    for (auto const& entry : plan.entries) {
        if (blank(entry.subject))
            return Error::invalid("every planned audit names its subject", {.field = "subject"});
        if (entry.planned_for && std::chrono::year_month_day{*entry.planned_for}.year() != std::chrono::year{plan.year})
            return Error::invalid("a planned date lies outside " + std::to_string(plan.year), {.field = "planned_for"});
    }
    return ok();
}

Result<void> check_audit(Audit const& audit)
{
    if (blank(audit.scope))
        return Error::invalid("the audit has no scope", {.field = "scope"});
    if (blank(audit.auditor))
        return Error::invalid("the audit names its auditor", {.field = "auditor"});
    if (!audit.auditor_independent && blank(audit.independence_note))
        return Error::invalid("an auditor who is not independent of the area needs safeguards, recorded in the note",
            {.field = "independence_note"});
    if (audit.ended_on && *audit.ended_on < audit.started_on)
        return Error::invalid("the audit ends before it starts", {.field = "ended_on"});
    return ok();
}

ActionState CorrectiveAction::state() const
{
    // An ineffective check clears done_on, so a done action's last check, if any, is
    // either the effective one that closed it or an ineffective one from before.
    if (!done_on)
        return ActionState::Open;
    return !checks.empty() && checks.back().effective ? ActionState::Effective : ActionState::AwaitingCheck;
}

Result<void> check_corrective_action(CorrectiveAction const& action)
{
    if (blank(action.cause))
        return Error::invalid("record the cause of the nonconformity", {.field = "cause"});
    if (blank(action.action))
        return Error::invalid("describe the action", {.field = "action"});
    if (blank(action.owner))
        return Error::invalid("every action has an owner", {.field = "owner"});
    return ok();
}

Result<CorrectiveAction> complete_action(CorrectiveAction action, Date done_on, Date today)
{
    if (action.state() != ActionState::Open)
        return Error::conflict("only an open action can be marked done");
    if (done_on > today)
        return Error::invalid("the action cannot be done in the future", {.field = "done_on"});
    action.done_on = done_on;
    return action;
}

Result<CorrectiveAction> record_effectiveness(
    CorrectiveAction action, EffectivenessCheck check, std::optional<Date> new_due, Date today)
{
    if (action.state() != ActionState::AwaitingCheck)
        return Error::conflict("only a done action awaits an effectiveness check");
    check.checked_by = std::string(trim(check.checked_by));
    if (check.checked_by.empty() || check.checked_by == trim(action.owner))
        return Error::invalid("someone other than the owner checks effectiveness", {.field = "checked_by"});
    if (check.checked_on < *action.done_on || check.checked_on > today)
        return Error::invalid("the check lies between the action's completion and today", {.field = "checked_on"});
    if (!check.effective) {
        if (blank(check.note))
            return Error::invalid("say why the action was not effective", {.field = "note"});
        if (!new_due || *new_due < today)
            return Error::invalid("a reopened action needs a new due date, not in the past", {.field = "due"});
        action.due = *new_due;
        action.done_on.reset();
    }
    action.checks.push_back(std::move(check));
    return action;
}

FindingState finding_state(AuditFinding const& finding, std::vector<CorrectiveAction> const& actions)
{
    bool any = false;
    bool all_effective = true;
    for (auto const& action : actions) {
        if (action.finding_id != finding.id)
            continue;
        any = true;
        all_effective = all_effective && action.state() == ActionState::Effective;
    }
    if (!any)
        return is_nonconformity(finding.severity) ? FindingState::NeedsAction : FindingState::Closed;
    return all_effective ? FindingState::Closed : FindingState::InProgress;
}

std::vector<DatedAction> corrective_action_duties(std::vector<CorrectiveAction> const& actions)
{
    std::vector<DatedAction> duties;
    for (auto const& action : actions) {
        if (action.state() == ActionState::Open)
            duties.push_back({"10.2", "corrective-action:" + std::to_string(action.id), action.action, action.due,
                action.owner_role});
    }
    return duties;
}

} // namespace bolwerk::domain::governance
