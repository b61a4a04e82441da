#pragma once

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/governance/internal_audit.hpp"
#include "domain/governance/share.hpp"
#include "domain/governance/tasks_due.hpp"
#include "domain/role.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The management review (ISO/IEC 27001 9.3): its inputs gathered from the data (9.3.2),
// the meeting record with decisions and actions, and the bestuurder's approval.
namespace bolwerk::domain::governance {

/// An action decided in a review; open ones become tasks.
struct ReviewAction {
    std::string title;
    std::string owner;
    Role owner_role = Role::Lijnmanager;
    Date due;
    std::optional<Date> done_on;
};

/// What the app layer gathers for the inputs (figures from other modules arrive as
/// counts; governance's own records as lists).
struct ManagementReviewFacts {
    std::vector<ReviewAction> previous_actions; ///< 9.3.2 a
    std::vector<std::string> changes; ///< 9.3.2 b, c: changes in issues and interested parties
    Share measures_implemented; ///< 9.3.2 d 2: the gap analysis
    std::size_t risks_high_open = 0; ///< 9.3.2 f
    std::size_t risks_accepted = 0;
    std::size_t incidents = 0; ///< In the review period.
    std::size_t incidents_reportable = 0;
    std::size_t incident_reports_late = 0;
    std::vector<AuditFinding> findings; ///< 9.3.2 d 3
    std::vector<CorrectiveAction> corrective_actions; ///< 9.3.2 d 1
    std::size_t suppliers = 0;
    std::size_t supplier_assurance_overdue = 0;
    std::vector<Task> open_tasks; ///< tasks_due at the review's date
    std::size_t duties_done_on_time = 0; ///< In the review period.
    std::size_t duties_done_late = 0;
};

struct ActionSummary {
    std::size_t total = 0;
    std::size_t done = 0;
    std::size_t overdue = 0;
};

struct ManagementReviewInputs {
    ActionSummary previous_actions;
    std::vector<std::string> changes;
    Share measures_implemented;
    std::size_t risks_high_open = 0;
    std::size_t risks_accepted = 0;
    std::size_t incidents = 0;
    std::size_t incidents_reportable = 0;
    std::size_t incident_reports_late = 0;
    std::size_t major_findings_open = 0;
    std::size_t minor_findings_open = 0;
    std::size_t opportunities = 0; ///< 9.3.2 g
    std::size_t corrective_actions_open = 0;
    std::size_t corrective_actions_overdue = 0;
    std::size_t suppliers = 0;
    std::size_t supplier_assurance_overdue = 0;
    std::size_t tasks_overdue = 0;
    std::size_t tasks_escalated_to_board = 0;
    Share duties_on_time;
    /// Keys of what needs the board's attention, in a fixed order:
    /// "previous_actions_overdue", "major_findings_open", "corrective_actions_overdue",
    /// "incident_reports_late", "risks_high_open", "supplier_assurance_overdue",
    /// "tasks_escalated_to_board".
    std::vector<std::string> attention;
};

ManagementReviewInputs management_review_inputs(ManagementReviewFacts const& facts, Date today);

/// The meeting record. Once approved it never changes.
struct ManagementReview {
    std::int64_t id = 0;
    Date held_on;
    std::vector<std::string> attendees;
    std::vector<std::string> decisions;
    std::vector<ReviewAction> actions;
    std::string approved_by;
    std::optional<Timestamp> approved_at;
};

/// Checks a record before it is stored: held by today, with attendees, and each action
/// with a title, an owner and a due date not before the meeting. Refuses any change to
/// an approved record (Conflict).
Result<void> check_management_review(ManagementReview const& review, bool already_approved, Date today);

/// The record approved by `approver`, who must be a bestuurder (ISO 9.3 puts top
/// management in charge; BIO2 Deel 1 the board).
Result<ManagementReview> approve_management_review(
    ManagementReview review, std::string const& approver, Role approver_role, Timestamp now);

/// The review's open actions as dated duties (source "9.3", key "review-action:<id>:<n>").
std::vector<DatedAction> review_action_duties(ManagementReview const& review);

} // namespace bolwerk::domain::governance
