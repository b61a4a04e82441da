#include "domain/incident/dashboard.hpp"

#include "common/amsterdam_time.hpp"

#include <algorithm>

namespace bolwerk::domain::incident {

namespace {

using namespace std::chrono;

constexpr int max_months = 60;

year_month month_of(Timestamp time)
{
    year_month_day const day{amsterdam_date(time)};
    return day.year() / day.month();
}

seconds median(std::vector<seconds> values)
{
    if (values.empty())
        return seconds::zero();
    auto const middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

struct TimingSamples {
    std::vector<seconds> taken;
    std::vector<seconds> margins;
    std::size_t late = 0;
};

void count_decision(IncidentDashboard& dashboard, SignificanceStatus const& cbw)
{
    if (!cbw.latest)
        ++dashboard.undecided;
    else if (cbw.latest->outcome == SignificanceOutcome::Reportable)
        ++dashboard.reportable;
    else
        ++dashboard.not_reportable;
}

void collect_timing(std::map<ReportKind, TimingSamples>& samples, IncidentOverview const& overview)
{
    for (auto const& status : overview.deadlines) {
        auto const& deadline = status.deadline;
        if (!deadline.met_at || !deadline.due)
            continue;
        auto& kind = samples[deadline.report];
        kind.taken.push_back(floor<seconds>(*deadline.met_at - overview.incident.aware_at));
        kind.margins.push_back(floor<seconds>(*deadline.due - *deadline.met_at));
        kind.late += status.state == DeadlineState::MetLate ? 1 : 0;
    }
}

std::vector<ReportTimingFigures> timing_figures(std::map<ReportKind, TimingSamples> const& samples)
{
    std::vector<ReportTimingFigures> figures;
    for (auto const& [kind, sample] : samples) {
        auto const sent = sample.taken.size();
        figures.push_back({kind, sent, sent - sample.late, sample.late, median(sample.taken), median(sample.margins)});
    }
    return figures;
}

} // namespace

IncidentDashboard incident_dashboard(std::vector<IncidentOverview> const& incidents, Timestamp now, int months)
{
    months = std::clamp(months, 1, max_months);
    IncidentDashboard dashboard;
    auto const last = month_of(now);
    auto const first = last - std::chrono::months{months - 1};
    for (auto month = first; month <= last; month += std::chrono::months{1})
        dashboard.per_month.push_back({month});
    std::map<ReportKind, TimingSamples> samples;
    for (auto const& overview : incidents) {
        auto const& incident = overview.incident;
        auto const opened = month_of(incident.reported_at);
        if (opened >= first && opened <= last) {
            auto& figures = dashboard.per_month[static_cast<std::size_t>((opened - first).count())];
            ++figures.opened;
            figures.reportable += overview.cbw.confirmed() ? 1 : 0;
        }
        ++dashboard.per_type[incident.classification.type];
        count_decision(dashboard, overview.cbw);
        dashboard.open += incident.status != IncidentStatus::Closed ? 1 : 0;
        dashboard.with_overdue_deadline += overview.overdue() ? 1 : 0;
        collect_timing(samples, overview);
    }
    dashboard.timing = timing_figures(samples);
    return dashboard;
}

} // namespace bolwerk::domain::incident
