#include "domain/incident/incident_overview.hpp"

#include <algorithm>

namespace bolwerk::domain::incident {

namespace {

bool is_open(DeadlineStatus const& status)
{
    return status.state == DeadlineState::Upcoming || status.state == DeadlineState::DueSoon
        || status.state == DeadlineState::Overdue;
}

} // namespace

std::optional<DeadlineStatus> IncidentOverview::most_urgent() const
{
    std::optional<DeadlineStatus> first;
    for (auto const& status : deadlines) {
        if (is_open(status) && (!first || *status.deadline.due < *first->deadline.due))
            first = status;
    }
    return first;
}

bool IncidentOverview::overdue() const
{
    return std::any_of(deadlines.begin(), deadlines.end(),
        [](DeadlineStatus const& status) { return status.state == DeadlineState::Overdue; });
}

IncidentOverview overview(IncidentRecord const& record, EscalationPolicy const& policy, Timestamp now)
{
    IncidentOverview result{record.incident,
        significance_status(ReportingRegime::Cbw, record.decisions, record.timeline),
        significance_status(ReportingRegime::Avg, record.decisions, record.timeline), {}};
    auto const input = ClockInput::of(record.incident, result.cbw, result.avg, record.interim_requests, record.sent);
    for (auto const& deadline : incident_deadlines(input))
        result.deadlines.push_back(evaluate_deadline(deadline, policy, now));
    return result;
}

Result<void> check_may_close(IncidentOverview const& overview)
{
    auto const undecided = [](SignificanceStatus const& status) {
        return status.state == SignificanceState::Undecided || status.state == SignificanceState::Reopened;
    };
    if (undecided(overview.cbw))
        return Error::conflict("decide whether the incident is reportable under the Cbw before closing it");
    if (overview.incident.classification.personal_data && undecided(overview.avg))
        return Error::conflict("decide whether the data breach is reportable to the AP before closing it");
    for (auto const& status : overview.deadlines) {
        if (status.state != DeadlineState::MetOnTime && status.state != DeadlineState::MetLate)
            return Error::conflict(
                "the " + std::string(to_string(status.deadline.report)) + " has not been sent; send it before closing");
    }
    return ok();
}

} // namespace bolwerk::domain::incident
