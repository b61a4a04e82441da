#pragma once

#include "domain/incident/cvd.hpp"
#include "domain/incident/incident_overview.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

// The monthly follow-up report on incidents (BIO2 5.24.04: the proceseigenaar reports
// the follow-up of incidents to the eindverantwoordelijke every month), aggregated from
// the register for one Dutch calendar month.
namespace bolwerk::domain::incident {

/// An incident still open at the end of the month, with what comes next.
struct FollowUpLine {
    IncidentId id{0};
    std::string title;
    IncidentStatus status = IncidentStatus::New;
    Severity severity = Severity::Low;
    std::string process_owner;
    std::int64_t days_open = 0; ///< Whole days from the report to the end of the period.
    std::optional<DeadlineStatus> next_deadline;
};

struct MonthlyFollowUp {
    std::chrono::year_month month;
    Timestamp period_start; ///< Local midnight of the first day.
    Timestamp period_end; ///< Local midnight of the first day of the next month (excluded).
    std::size_t opened = 0;
    std::size_t closed = 0;
    std::size_t open_at_end = 0;
    std::map<IncidentType, std::size_t> opened_per_type;
    std::map<Severity, std::size_t> opened_per_severity;
    std::size_t decided_reportable = 0; ///< Cbw decisions in force taken this month.
    std::size_t decided_not_reportable = 0;
    std::size_t reports_on_time = 0; ///< Reports sent this month by their deadline.
    std::size_t reports_late = 0;
    std::size_t deadlines_missed = 0; ///< Due this month and not met by its end.
    std::size_t cvd_received = 0;
    std::size_t cvd_fixed = 0;
    std::size_t cvd_open_at_end = 0; ///< Received by the end, not fixed by then.
    std::vector<FollowUpLine> open_incidents; ///< By severity (worst first), then age.
};

/// The report for `month` from the overviews (computed at `now`) and the CVD reports.
/// For the running month the period ends at `now`.
MonthlyFollowUp monthly_follow_up(std::chrono::year_month month, std::vector<IncidentOverview> const& incidents,
    std::vector<CvdReport> const& cvd_reports, Timestamp now);

} // namespace bolwerk::domain::incident
