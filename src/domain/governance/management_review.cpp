#include "domain/governance/management_review.hpp"

#include "common/text.hpp"

namespace bolwerk::domain::governance {

namespace {

ActionSummary summarise(std::vector<ReviewAction> const& actions, Date today)
{
    ActionSummary summary{actions.size()};
    for (auto const& action : actions) {
        summary.done += action.done_on ? 1 : 0;
        summary.overdue += !action.done_on && today > action.due ? 1 : 0;
    }
    return summary;
}

void add_audit_figures(ManagementReviewInputs& inputs, ManagementReviewFacts const& facts, Date today)
{
    for (auto const& finding : facts.findings) {
        bool const open = finding_state(finding, facts.corrective_actions) != FindingState::Closed;
        inputs.major_findings_open += open && finding.severity == FindingSeverity::Major ? 1 : 0;
        inputs.minor_findings_open += open && finding.severity == FindingSeverity::Minor ? 1 : 0;
        inputs.opportunities += finding.severity == FindingSeverity::Opportunity ? 1 : 0;
    }
    for (auto const& action : facts.corrective_actions) {
        bool const open = action.state() == ActionState::Open;
        inputs.corrective_actions_open += open ? 1 : 0;
        inputs.corrective_actions_overdue += open && today > action.due ? 1 : 0;
    }
}

void add_task_figures(ManagementReviewInputs& inputs, ManagementReviewFacts const& facts)
{
    for (auto const& task : facts.open_tasks) {
        inputs.tasks_overdue += task.status == TaskStatus::Overdue ? 1 : 0;
        inputs.tasks_escalated_to_board += task.escalation == EscalationLevel::Bestuurder ? 1 : 0;
    }
    inputs.duties_on_time = {facts.duties_done_on_time, facts.duties_done_on_time + facts.duties_done_late};
}

std::vector<std::string> attention_of(ManagementReviewInputs const& inputs)
{
    std::pair<std::size_t, char const*> const signals[]{
        {inputs.previous_actions.overdue, "previous_actions_overdue"},
        {inputs.major_findings_open, "major_findings_open"},
        {inputs.corrective_actions_overdue, "corrective_actions_overdue"},
        {inputs.incident_reports_late, "incident_reports_late"},
        {inputs.risks_high_open, "risks_high_open"},
        {inputs.supplier_assurance_overdue, "supplier_assurance_overdue"},
        {inputs.tasks_escalated_to_board, "tasks_escalated_to_board"},
    };
    std::vector<std::string> keys;
    for (auto const& [count, key] : signals) {
        if (count > 0)
            keys.emplace_back(key);
    }
    return keys;
}

} // namespace

ManagementReviewInputs management_review_inputs(ManagementReviewFacts const& facts, Date today)
{
    ManagementReviewInputs inputs;
    inputs.previous_actions = summarise(facts.previous_actions, today);
    inputs.changes = facts.changes;
    inputs.measures_implemented = facts.measures_implemented;
    inputs.risks_high_open = facts.risks_high_open;
    inputs.risks_accepted = facts.risks_accepted;
    inputs.incidents = facts.incidents;
    inputs.incidents_reportable = facts.incidents_reportable;
    inputs.incident_reports_late = facts.incident_reports_late;
    inputs.suppliers = facts.suppliers;
    inputs.supplier_assurance_overdue = facts.supplier_assurance_overdue;
    add_audit_figures(inputs, facts, today);
    add_task_figures(inputs, facts);
    inputs.attention = attention_of(inputs);
    return inputs;
}

Result<void> check_management_review(ManagementReview const& review, bool already_approved, Date today)
{
    if (already_approved)
        return Error::conflict("an approved management review cannot change");
    if (review.held_on > today)
        return Error::invalid("the review cannot be held in the future", {.field = "held_on"});
    if (review.attendees.empty())
        return Error::invalid("record who attended", {.field = "attendees"});
    for (auto const& action : review.actions) {
        if (trim(action.title).empty() || trim(action.owner).empty())
            return Error::invalid("every action has a title and an owner", {.field = "actions"});
        if (action.due < review.held_on)
            return Error::invalid("an action is due before the review was held", {.field = "actions"});
    }
    return ok();
}

Result<ManagementReview> approve_management_review(
    ManagementReview review, std::string const& approver, Role approver_role, Timestamp now)
{
    if (review.approved_at)
        return Error::conflict("the management review is approved already");
    if (approver_role != Role::Bestuurder)
        return Error::forbidden("a bestuurder approves the management review");
    review.approved_by = std::string(trim(approver));
    if (review.approved_by.empty())
        return Error::invalid("name who approves", {.field = "approved_by"});
    review.approved_at = now;
    return review;
}

std::vector<DatedAction> review_action_duties(ManagementReview const& review)
{
    std::vector<DatedAction> duties;
    for (std::size_t index = 0; index < review.actions.size(); ++index) {
        auto const& action = review.actions[index];
        if (!action.done_on)
            duties.push_back({"9.3", "review-action:" + std::to_string(review.id) + ":" + std::to_string(index + 1),
                action.title, action.due, action.owner_role});
    }
    return duties;
}

} // namespace bolwerk::domain::governance
