#pragma once

#include "domain/incident/incident_overview.hpp"

#include <chrono>
#include <cstddef>
#include <map>
#include <vector>

// The figures of the incident dashboard (issue #15): incidents per month and per type,
// time to report against the deadline, reportable against not reportable.
namespace bolwerk::domain::incident {

struct MonthFigures {
    std::chrono::year_month month;
    std::size_t opened = 0;
    std::size_t reportable = 0; ///< Of those opened: decided reportable under the Cbw.
};

/// How reports of one kind were sent, over all incidents.
struct ReportTimingFigures {
    ReportKind kind = ReportKind::EarlyWarning;
    std::size_t sent = 0;
    std::size_t on_time = 0;
    std::size_t late = 0;
    /// Median time from awareness to sending.
    std::chrono::seconds median_time_to_report{0};
    /// Median time left before the deadline when sent (negative: late).
    std::chrono::seconds median_margin{0};
};

struct IncidentDashboard {
    std::vector<MonthFigures> per_month; ///< Oldest first, ending with the month of `now`.
    std::map<IncidentType, std::size_t> per_type;
    std::size_t reportable = 0; ///< Cbw decision in force: reportable.
    std::size_t not_reportable = 0;
    std::size_t undecided = 0; ///< No decision yet.
    std::size_t open = 0; ///< Not closed.
    std::size_t with_overdue_deadline = 0;
    std::vector<ReportTimingFigures> timing; ///< One per report kind that was sent.
};

/// The dashboard over `incidents` at `now`, with `months` months of history (1–60).
IncidentDashboard incident_dashboard(std::vector<IncidentOverview> const& incidents, Timestamp now, int months);

} // namespace bolwerk::domain::incident
