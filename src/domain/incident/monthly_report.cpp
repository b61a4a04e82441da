#include "domain/incident/monthly_report.hpp"

#include "common/amsterdam_time.hpp"

#include <algorithm>

namespace bolwerk::domain::incident {

namespace {

using namespace std::chrono;

struct Period {
    Timestamp start;
    Timestamp end;
    bool contains(Timestamp time) const { return time >= start && time < end; }
    bool contains(std::optional<Timestamp> time) const { return time && contains(*time); }
};

bool open_at(Incident const& incident, Timestamp moment)
{
    return incident.reported_at < moment && !(incident.closed_at && *incident.closed_at < moment);
}

void count_decision(MonthlyFollowUp& report, Period const& period, SignificanceStatus const& cbw)
{
    if (!cbw.latest || !period.contains(cbw.latest->decided_at))
        return;
    if (cbw.latest->outcome == SignificanceOutcome::Reportable)
        ++report.decided_reportable;
    else
        ++report.decided_not_reportable;
}

void count_deadlines(MonthlyFollowUp& report, Period const& period, std::vector<DeadlineStatus> const& deadlines)
{
    for (auto const& status : deadlines) {
        auto const& deadline = status.deadline;
        if (period.contains(deadline.met_at))
            ++(status.state == DeadlineState::MetLate ? report.reports_late : report.reports_on_time);
        if (period.contains(deadline.due) && !(deadline.met_at && *deadline.met_at < period.end))
            ++report.deadlines_missed;
    }
}

FollowUpLine follow_up_line(IncidentOverview const& overview, Timestamp end)
{
    auto const& incident = overview.incident;
    return {incident.id, incident.title, incident.status, incident.classification.severity, incident.process_owner,
        floor<days>(end - incident.reported_at).count(), overview.most_urgent()};
}

void count_cvd(MonthlyFollowUp& report, Period const& period, std::vector<CvdReport> const& cvd_reports)
{
    for (auto const& cvd : cvd_reports) {
        report.cvd_received += period.contains(cvd.received_at) ? 1 : 0;
        report.cvd_fixed += period.contains(cvd.fixed_at) ? 1 : 0;
        bool const fixed_by_end = cvd.fixed_at && *cvd.fixed_at < period.end;
        report.cvd_open_at_end += cvd.received_at < period.end && !fixed_by_end ? 1 : 0;
    }
}

} // namespace

MonthlyFollowUp monthly_follow_up(year_month month, std::vector<IncidentOverview> const& incidents,
    std::vector<CvdReport> const& cvd_reports, Timestamp now)
{
    Period const period{
        amsterdam_midnight(sys_days{month / 1}), std::min(now, amsterdam_midnight(sys_days{(month + months{1}) / 1}))};
    MonthlyFollowUp report{month, period.start, period.end};
    for (auto const& overview : incidents) {
        auto const& incident = overview.incident;
        if (period.contains(incident.reported_at)) {
            ++report.opened;
            ++report.opened_per_type[incident.classification.type];
            ++report.opened_per_severity[incident.classification.severity];
        }
        report.closed += period.contains(incident.closed_at) ? 1 : 0;
        if (open_at(incident, period.end)) {
            ++report.open_at_end;
            report.open_incidents.push_back(follow_up_line(overview, period.end));
        }
        count_decision(report, period, overview.cbw);
        count_deadlines(report, period, overview.deadlines);
    }
    count_cvd(report, period, cvd_reports);
    std::stable_sort(report.open_incidents.begin(), report.open_incidents.end(),
        [](FollowUpLine const& left, FollowUpLine const& right) {
            if (left.severity != right.severity)
                return left.severity > right.severity;
            return left.days_open > right.days_open;
        });
    return report;
}

} // namespace bolwerk::domain::incident
