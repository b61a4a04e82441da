// VvT benchmarks (issue #5 goal: the XLSX export of the VvT of a full BIO2 assessment
// for one organisation under 200 ms). The assessment is bio2@1.3 from the built-in
// index with every measure answered (tests/vvt/sample_statement.hpp). The median over
// the repetitions is the p50. Prints figures only.
//
//   scripts/build.sh build-bench -DCMAKE_BUILD_TYPE=Release -- vvt_bench
//   build-bench/bench/vvt_bench

#include "domain/vvt/statement_canonical.hpp"
#include "report/vvt/vvt_csv.hpp"
#include "report/vvt/vvt_json.hpp"
#include "report/vvt/vvt_oscal_ssp.hpp"
#include "report/vvt/vvt_pdf.hpp"
#include "report/vvt/vvt_xlsx.hpp"
#include "vvt/sample_statement.hpp"

#include <benchmark/benchmark.h>

#include <filesystem>

namespace bolwerk {
namespace {

struct Inputs {
    domain::catalog::BuiltinIndex index = domain::catalog::BuiltinIndex::load().value();
    domain::catalog::CatalogVersion const* catalog = index.version({"bio2", "1.3"});
    domain::assessment::Assessment assessment = test_support::sample_assessment(*catalog);
    domain::vvt::StatementOfApplicability statement = test_support::sample_statement();
};

Inputs const& inputs()
{
    static Inputs const loaded;
    return loaded;
}

void build_statement(benchmark::State& state)
{
    auto const& in = inputs();
    for (auto _ : state) {
        auto statement = domain::vvt::build_statement(*in.catalog, in.index.controls(), in.assessment,
            test_support::sample_scope(), test_support::sample_metadata());
        benchmark::DoNotOptimize(statement);
    }
    state.counters["measures"] = static_cast<double>(in.statement.measures.size());
}

// What the issue measures: generate the VvT from the assessment and write the XLSX.
void build_and_export_xlsx(benchmark::State& state)
{
    auto const& in = inputs();
    std::size_t size = 0;
    for (auto _ : state) {
        auto const statement = domain::vvt::build_statement(*in.catalog, in.index.controls(), in.assessment,
            test_support::sample_scope(), test_support::sample_metadata());
        auto const bytes = report::vvt::statement_xlsx_bytes(*statement);
        size = bytes ? bytes->size() : 0;
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["bytes"] = static_cast<double>(size);
}

void export_pdf(benchmark::State& state)
{
    std::size_t size = 0;
    for (auto _ : state) {
        auto const bytes = report::vvt::render_statement_pdf(inputs().statement);
        size = bytes->size();
    }
    state.counters["bytes"] = static_cast<double>(size);
}

void export_json(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(report::vvt::statement_json(inputs().statement));
}

void export_oscal_ssp(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(report::vvt::statement_oscal_ssp_json(inputs().statement));
}

void export_csv(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(report::vvt::statement_measures_csv(inputs().statement));
}

void digest(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(domain::vvt::digest(inputs().statement));
}

// Diff against the previous version, with a tenth of the measures changed.
void diff_versions(benchmark::State& state)
{
    auto current = inputs().statement;
    for (std::size_t i = 0; i < current.measures.size(); i += 10)
        current.measures[i].owner = "Nieuwe eigenaar";
    for (auto _ : state)
        benchmark::DoNotOptimize(domain::vvt::diff(inputs().statement, current));
}

constexpr int repetitions = 5;
BENCHMARK(build_statement)->Unit(benchmark::kMicrosecond)->Repetitions(repetitions);
BENCHMARK(build_and_export_xlsx)->Unit(benchmark::kMillisecond)->Repetitions(repetitions);
BENCHMARK(export_pdf)->Unit(benchmark::kMillisecond)->Repetitions(repetitions);
BENCHMARK(export_json)->Unit(benchmark::kMillisecond)->Repetitions(repetitions);
BENCHMARK(export_oscal_ssp)->Unit(benchmark::kMillisecond)->Repetitions(repetitions);
BENCHMARK(export_csv)->Unit(benchmark::kMicrosecond)->Repetitions(repetitions);
BENCHMARK(digest)->Unit(benchmark::kMicrosecond)->Repetitions(repetitions);
BENCHMARK(diff_versions)->Unit(benchmark::kMillisecond)->Repetitions(repetitions);

} // namespace
} // namespace bolwerk

BENCHMARK_MAIN();
