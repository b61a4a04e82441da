#pragma once

#include "domain/incident/deadline_status.hpp"
#include "domain/incident/incident.hpp"
#include "domain/incident/significance.hpp"
#include "domain/incident/timeline.hpp"

#include <optional>
#include <vector>

// Everything about one incident at one moment: the state of both significance tests and
// every deadline. The register, the home page, the dashboard and the monthly report are
// built from these.
namespace bolwerk::domain::incident {

/// An incident with what its clocks are computed from, as loaded by the app layer.
struct IncidentRecord {
    Incident incident;
    std::vector<TimelineEntry> timeline;
    std::vector<SignificanceDecision> decisions;
    std::vector<InterimRequest> interim_requests;
    std::vector<SentReportTime> sent;
};

struct IncidentOverview {
    Incident incident;
    SignificanceStatus cbw;
    SignificanceStatus avg;
    std::vector<DeadlineStatus> deadlines;

    /// The open deadline that falls first (due soon or overdue before upcoming), if any.
    std::optional<DeadlineStatus> most_urgent() const;
    /// Whether any deadline is overdue.
    bool overdue() const;
};

/// The overview of `record` at `now`.
IncidentOverview overview(IncidentRecord const& record, EscalationPolicy const& policy, Timestamp now);

/// Whether the incident may be closed: the significance test is decided (for the AVG
/// too when personal data is involved) and not reopened, and every report it owes has
/// been sent. A report that turned out not to be an incident is closed with a "not
/// reportable" decision that says so.
Result<void> check_may_close(IncidentOverview const& overview);

} // namespace bolwerk::domain::incident
