// Incident clocks and the obligations engine (issues #15 and #16). Goals: the clocks of
// 10,000 incidents, and all tasks of 600 organisations of demo size, p50 under 10 ms per
// organisation. The median over repetitions is the p50. Pure domain code: no database.
// Prints figures only.
//
//   scripts/build.sh build-bench -DCMAKE_BUILD_TYPE=Release -- clocks_bench
//   build-bench/bench/clocks_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include "domain/governance/tasks_due.hpp"
#include "domain/incident/dashboard.hpp"
#include "domain/incident/monthly_report.hpp"
#include "report/ical/duty_calendar.hpp"

#include <benchmark/benchmark.h>

namespace bolwerk {
namespace {

using namespace std::chrono;
namespace incident = domain::incident;
namespace governance = domain::governance;

constexpr int incident_count = 10000;
constexpr int organisation_count = 600;
Timestamp const now = parse_timestamp("2026-11-15T10:00:00Z").value();

incident::IncidentRecord make_incident(int index)
{
    incident::IncidentRecord record;
    auto& item = record.incident;
    item.id = IncidentId(index + 1);
    item.title = "Incident " + std::to_string(index);
    // Spread over two years, every 105 minutes: across both clock changes of each year.
    item.reported_at = now - minutes{105} * index;
    item.aware_at = item.reported_at + minutes{index % 90};
    item.classification.type = incident::all_incident_types[static_cast<std::size_t>(index) % 11];
    item.classification.severity = incident::all_severities[static_cast<std::size_t>(index) % 4];
    item.classification.personal_data = index % 7 == 0;
    for (int entry = 0; entry < 5; ++entry)
        record.timeline.push_back({TimelineEntryId(entry + 1), item.id, incident::TimelineEntryKind::Observation, "soc",
            item.aware_at + hours{entry}, std::nullopt, "waarneming"});
    if (index % 3 != 0) {
        auto const outcome
            = index % 3 == 1 ? incident::SignificanceOutcome::Reportable : incident::SignificanceOutcome::NotReportable;
        record.decisions.push_back(
            {item.id, incident::ReportingRegime::Cbw, outcome, {}, "reden", "ciso", item.aware_at + hours{6}});
    }
    if (index % 3 == 1) {
        record.sent = {{incident::ReportKind::EarlyWarning, item.aware_at + hours{20}},
            {incident::ReportKind::Notification, item.aware_at + hours{60}}};
        if (index % 2 == 0)
            item.handled_at = item.aware_at + days{10};
    }
    return record;
}

std::vector<incident::IncidentRecord> const& incidents()
{
    static auto const records = [] {
        std::vector<incident::IncidentRecord> result;
        for (int index = 0; index < incident_count; ++index)
            result.push_back(make_incident(index));
        return result;
    }();
    return records;
}

std::vector<incident::IncidentOverview> overviews()
{
    auto const policy = incident::EscalationPolicy::standard();
    std::vector<incident::IncidentOverview> result;
    result.reserve(incidents().size());
    for (auto const& record : incidents())
        result.push_back(incident::overview(record, policy, now));
    return result;
}

void incident_clocks(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(overviews());
    state.counters["incidents"] = incident_count;
}
BENCHMARK(incident_clocks)->Unit(benchmark::kMillisecond);

void monthly_follow_up(benchmark::State& state)
{
    auto const all = overviews();
    for (auto _ : state)
        benchmark::DoNotOptimize(incident::monthly_follow_up(2026y / October, all, {}, now));
}
BENCHMARK(monthly_follow_up)->Unit(benchmark::kMillisecond);

void incident_dashboard(benchmark::State& state)
{
    auto const all = overviews();
    for (auto _ : state)
        benchmark::DoNotOptimize(incident::incident_dashboard(all, now, 24));
}
BENCHMARK(incident_dashboard)->Unit(benchmark::kMillisecond);

/// One organisation of demo size: 40 systems (10 internet-facing), 25 suppliers, 5
/// board members, 400 staff, 12 advisories, 10 open actions, and half of the duties
/// completed last year.
struct Organisation {
    governance::OrganisationFacts facts;
    std::vector<governance::Completion> completions;
};

Organisation make_organisation(int seed)
{
    Organisation organisation;
    auto& facts = organisation.facts;
    facts.isms_start = sys_days{2025y / January / 1};
    for (int index = 0; index < 40; ++index)
        facts.systems.push_back({InformationSystemId(index + 1), "Systeem " + std::to_string(index), index % 4 == 0,
            index % 5 == 0 ? std::optional(6) : std::nullopt});
    for (int index = 0; index < 25; ++index)
        facts.suppliers.push_back({index + 1, "Leverancier " + std::to_string(index), index % 6 == 0});
    for (int index = 0; index < 5; ++index)
        facts.board.push_back({index + 1, "Bestuurder " + std::to_string(index)});
    for (int index = 0; index < 400; ++index) {
        Date const hired = sys_days{2026y / January / 1} + days{(index * 7 + seed) % 300};
        facts.staff.push_back({index + 1, "Medewerker " + std::to_string(index), hired,
            index % 10 == 0 ? std::nullopt : std::optional(hired + days{30})});
    }
    for (int index = 0; index < 12; ++index)
        facts.advisories.push_back({index + 1, "Advies " + std::to_string(index),
            sys_days{2026y / November / 1} + days{index}, index % 3 == 0});
    for (int index = 0; index < 10; ++index)
        facts.open_actions.push_back({"10.2", "corrective-action:" + std::to_string(index), "Actie",
            sys_days{2026y / October / 1} + days{index * 5}, domain::Role::Lijnmanager});
    for (auto const& rule : governance::obligation_rules()) {
        if (rule.subject == governance::Subject::Organisation && seed % 2 == 0)
            organisation.completions.push_back({std::string(rule.id), "organisation", sys_days{2025y / December / 1}});
    }
    for (auto const& system : facts.systems)
        organisation.completions.push_back({"access-review", "system:" + system.id.to_string(), 2026y / March / 1});
    return organisation;
}

std::vector<Organisation> const& organisations()
{
    static auto const all = [] {
        std::vector<Organisation> result;
        for (int index = 0; index < organisation_count; ++index)
            result.push_back(make_organisation(index));
        return result;
    }();
    return all;
}

void tasks_for_all_organisations(benchmark::State& state)
{
    auto const& all = organisations();
    std::size_t tasks = 0;
    for (auto _ : state) {
        tasks = 0;
        for (auto const& organisation : all)
            tasks += governance::tasks_due(
                governance::obligation_rules(), organisation.facts, organisation.completions, {}, now)
                         .size();
    }
    state.counters["organisations"] = organisation_count;
    state.counters["tasks"] = static_cast<double>(tasks);
    // Time per organisation: the iteration's time divided by the organisations.
    state.counters["per_organisation"] = benchmark::Counter(
        organisation_count, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(tasks_for_all_organisations)->Unit(benchmark::kMillisecond);

void ical_feed_of_one_organisation(benchmark::State& state)
{
    auto const& organisation = organisations().front();
    auto const tasks
        = governance::tasks_due(governance::obligation_rules(), organisation.facts, organisation.completions, {}, now);
    report::ical::FeedOptions const options{1, "bolwerk.test"};
    std::size_t bytes = 0;
    for (auto _ : state) {
        std::vector<report::ical::CalendarItem> items;
        items.reserve(tasks.size());
        for (auto const& task : tasks)
            items.push_back(report::ical::task_item(task, options));
        auto const text = report::ical::write_calendar({"Bolwerk", now}, items);
        bytes = text.size();
        benchmark::DoNotOptimize(text);
    }
    state.counters["tasks"] = static_cast<double>(tasks.size());
    state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(ical_feed_of_one_organisation)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace bolwerk

BENCHMARK_MAIN();
