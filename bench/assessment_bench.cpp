// Gap dashboard benchmarks (issue #5 goal: the dashboard page for one organisation,
// p50 under 5 ms). A full BIO2 v1.2 catalog (the built-in identifier set: every
// number, kind and measure type; the figures use no measure text) and an assessment that answers every measure:
// statuses, owners, target dates, maturity and opzet/bestaan/werking spread over the measures. The median over
// repetitions is the p50. Prints figures; asserts nothing.
//
//   scripts/build.sh build-bench -DCMAKE_BUILD_TYPE=Release -- assessment_bench
//   build-bench/bench/assessment_bench --benchmark_repetitions=10 --benchmark_report_aggregates_only=true

#include "common/assert.hpp"
#include "domain/assessment/progress.hpp"
#include "domain/catalog/builtin_index.hpp"
#include "report/assessment/dashboard_charts.hpp"

#include <benchmark/benchmark.h>

#include <memory>

namespace bolwerk {
namespace {

using namespace domain::assessment;

Date const today = Date{std::chrono::year{2026} / 11 / 25};

std::unique_ptr<domain::catalog::CatalogVersion> load_catalog()
{
    auto const index = domain::catalog::BuiltinIndex::load();
    BOLWERK_VERIFY(index.has_value());
    auto const* version = index->version(domain::catalog::VersionReference{"bio2", "1.2"});
    BOLWERK_VERIFY(version != nullptr);
    return std::make_unique<domain::catalog::CatalogVersion>(*version);
}

AspectAssessment assessed(AspectResult result) { return {result, today - std::chrono::days{30}, "CISO", "Gezien"}; }

// Every measure answered, in a mix a municipality halfway through its gap analysis has.
Assessment full_assessment(domain::catalog::CatalogVersion const& catalog)
{
    Assessment assessment;
    assessment.catalog = catalog.reference();
    int i = 0;
    for (auto const& item : catalog.items()) {
        if (!domain::catalog::is_measure(item.kind))
            continue;
        MeasureAnswer answer{.measure = item.number};
        answer.status = all_measure_statuses[static_cast<std::size_t>(i % 7 == 6 ? 3 : i % 3)];
        answer.owner = "Team " + std::to_string(i % 9);
        answer.target_date = today + std::chrono::days{(i % 11) * 30 - 150};
        answer.maturity = i % 6;
        if (i % 2 == 0)
            answer.aspect(Aspect::Design) = assessed(AspectResult::Compliant);
        if (i % 4 == 0)
            answer.aspect(Aspect::Existence) = assessed(AspectResult::PartiallyCompliant);
        if (i % 8 == 0)
            answer.aspect(Aspect::Operation) = assessed(AspectResult::Compliant);
        assessment.measures.push_back(std::move(answer));
        ++i;
    }
    for (auto const control : domain::catalog::ControlNumber::all()) {
        ControlApplicability applicability{.control = control};
        applicability.reasons = {InclusionReason::Bio2Mandatory};
        assessment.controls.push_back(std::move(applicability));
    }
    return assessment;
}

struct Fixture {
    std::unique_ptr<domain::catalog::CatalogVersion> catalog = load_catalog();
    Assessment assessment = full_assessment(*catalog);
    std::vector<Assessment> snapshots{4, assessment};
};

Fixture const& fixture()
{
    static Fixture const shared;
    return shared;
}

// The figures of the page: progress, funnel, maturity, overdue and the sorted gap list.
void dashboard_figures(benchmark::State& state)
{
    auto const& data = fixture();
    for (auto _ : state) {
        auto dashboard = build_dashboard(*data.catalog, data.assessment, today);
        benchmark::DoNotOptimize(dashboard.gaps.data());
    }
    state.counters["measures"] = static_cast<double>(data.assessment.measures.size());
}
BENCHMARK(dashboard_figures)->Unit(benchmark::kMicrosecond);

// Everything the page draws from the data: figures, four SVG charts, five tables,
// with a trend over four snapshots and today.
void dashboard_charts(benchmark::State& state)
{
    auto const& data = fixture();
    auto const language = report::Language::Dutch;
    std::size_t bytes = 0;
    for (auto _ : state) {
        auto const dashboard = build_dashboard(*data.catalog, data.assessment, today);
        std::vector<DatedAssessment> points;
        for (std::size_t s = 0; s < data.snapshots.size(); ++s)
            points.push_back({today - std::chrono::days{90 * static_cast<int>(s + 1)}, "Q" + std::to_string(s + 1),
                &data.snapshots[s]});
        points.push_back({today, "Nu", &data.assessment});
        auto const trend = build_trend(*data.catalog, points);
        namespace charts = report::assessment;
        std::string page = charts::theme_progress_svg(dashboard, language, "voortgang")
            + charts::funnel_svg(dashboard.funnel, language, "trechter")
            + charts::maturity_svg(dashboard, language, "volwassenheid")
            + charts::trend_svg(trend, language, "verloop");
        auto tables = {charts::theme_progress_table(dashboard, language),
            charts::control_progress_table(dashboard, language), charts::funnel_table(dashboard.funnel, language),
            charts::maturity_table(dashboard, data.assessment.maturity_scale, language),
            charts::trend_table(trend, language)};
        bytes = page.size();
        benchmark::DoNotOptimize(page.data());
        benchmark::DoNotOptimize(tables.begin());
    }
    state.counters["svg_bytes"] = static_cast<double>(bytes);
}
BENCHMARK(dashboard_charts)->Unit(benchmark::kMicrosecond);

// A filtered view (owner and status), as the filter form asks for.
void dashboard_filtered(benchmark::State& state)
{
    auto const& data = fixture();
    GapFilter filter;
    filter.owner = "Team 3";
    filter.status = MeasureStatus::NotStarted;
    for (auto _ : state) {
        auto dashboard = build_dashboard(*data.catalog, data.assessment, today, filter);
        benchmark::DoNotOptimize(dashboard.gaps.data());
    }
}
BENCHMARK(dashboard_filtered)->Unit(benchmark::kMicrosecond);

} // namespace
} // namespace bolwerk

BENCHMARK_MAIN();
