#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/governance/organisation_facts.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Internal audit (BIO2 5.35.02; ISO/IEC 27001 9.2) and corrective action (10.2): the
// yearly audit plan, audits with an independent auditor, findings, and corrective
// actions tracked to an effectiveness check.
namespace bolwerk::domain::governance {

/// Stored: "pentest", "vulnerability_scan", "compliance_audit", "process_audit",
/// "red_team", "supplier_audit".
enum class AuditKind : std::uint8_t {
    Pentest,
    VulnerabilityScan,
    ComplianceAudit,
    ProcessAudit,
    RedTeam,
    SupplierAudit
};
std::string_view to_string(AuditKind kind);
Result<AuditKind> parse_audit_kind(std::string_view text);

/// One line of the plan: which system (or process, supplier) gets which audit.
struct AuditPlanEntry {
    std::string subject;
    AuditKind kind = AuditKind::ComplianceAudit;
    std::optional<Date> planned_for;
};

/// 5.35.02: the plan in which each year's choices are made.
struct AuditPlan {
    int year = 0;
    std::vector<AuditPlanEntry> entries;
};

/// Refuses a plan without entries, an entry without a subject, or a planned date
/// outside the plan's year.
Result<void> check_audit_plan(AuditPlan const& plan);

struct Audit {
    std::int64_t id = 0;
    std::string scope;
    std::string auditor;
    /// ISO 9.2.2: auditors are objective and impartial. When the auditor is not
    /// independent of the audited area, the note says what safeguards that.
    bool auditor_independent = true;
    std::string independence_note;
    Date started_on;
    std::optional<Date> ended_on;
};

Result<void> check_audit(Audit const& audit);

/// Stored: "major", "minor", "observation", "opportunity".
enum class FindingSeverity : std::uint8_t {
    Major, ///< A nonconformity that threatens the ISMS's working (ISO 10.2).
    Minor, ///< A nonconformity of limited effect.
    Observation, ///< Not (yet) a nonconformity.
    Opportunity, ///< An opportunity for improvement.
};
std::string_view to_string(FindingSeverity severity);
Result<FindingSeverity> parse_finding_severity(std::string_view text);
/// Major and minor findings are nonconformities: they need a corrective action.
bool is_nonconformity(FindingSeverity severity);

struct AuditFinding {
    std::int64_t id = 0;
    std::int64_t audit_id = 0;
    FindingSeverity severity = FindingSeverity::Minor;
    std::string description;
    std::vector<std::string> measures; ///< e.g. "5.18.02"
    std::vector<std::string> clauses; ///< e.g. "9.2"
    std::vector<InformationSystemId> systems;
    std::vector<std::int64_t> suppliers;
};

/// The check, after an action is done, that it removed the cause.
struct EffectivenessCheck {
    Date checked_on;
    bool effective = false;
    std::string checked_by;
    std::string note; ///< Required when not effective.
};

/// Stored: "open", "awaiting_check", "effective".
enum class ActionState : std::uint8_t {
    Open, ///< To do (again, after an ineffective check).
    AwaitingCheck, ///< Done; the effectiveness check is due.
    Effective, ///< Checked and effective: closed.
};
std::string_view to_string(ActionState state);

/// ISO 10.2: react to the nonconformity, find its cause, act, check effectiveness.
struct CorrectiveAction {
    std::int64_t id = 0;
    std::int64_t finding_id = 0;
    std::string cause;
    std::string action;
    std::string owner;
    Role owner_role = Role::Lijnmanager;
    Date due;
    std::optional<Date> done_on;
    std::vector<EffectivenessCheck> checks; ///< Oldest first; the last one counts.

    ActionState state() const;
};

/// Checks a new or changed action: cause, action and owner filled in.
Result<void> check_corrective_action(CorrectiveAction const& action);

/// Marks an open action done on `done_on` (not in the future).
Result<CorrectiveAction> complete_action(CorrectiveAction action, Date done_on, Date today);

/// Records the effectiveness check of a done action. The checker is not the action's
/// owner; not before the action was done, not in the future. An ineffective check
/// needs a note and reopens the action with `new_due`.
Result<CorrectiveAction> record_effectiveness(
    CorrectiveAction action, EffectivenessCheck check, std::optional<Date> new_due, Date today);

/// Stored: "needs_action", "in_progress", "closed".
enum class FindingState : std::uint8_t {
    NeedsAction, ///< A nonconformity without a corrective action.
    InProgress, ///< Actions not all effective yet.
    Closed,
};
std::string_view to_string(FindingState state);

/// A nonconformity is closed when it has actions and all are effective; an observation
/// or opportunity is closed unless it has actions still running.
FindingState finding_state(AuditFinding const& finding, std::vector<CorrectiveAction> const& actions);

/// Open actions as dated duties for the task list (issue #16: overdue actions become
/// tasks), with source "10.2" and key "corrective-action:<id>".
std::vector<DatedAction> corrective_action_duties(std::vector<CorrectiveAction> const& actions);

} // namespace bolwerk::domain::governance
