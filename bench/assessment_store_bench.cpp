// Gap analysis store and service benchmarks (issue #5): loading the whole assessment of
// the demo municipality (93 controls, ~110 answers), saving one answer, comparing a
// snapshot with the current state, and the fixed cost of the catalog service that
// each API request builds. The median over repetitions is the p50. SQLite always;
// PostgreSQL too when BOLWERK_TEST_POSTGRES_URL is set. Prints figures only.
//
//   build-bench/bench/assessment_store_bench

#include "app/assessment/assessment_service.hpp"
#include "app/assessment/demo_assessment.hpp"
#include "app/catalog_service.hpp"
#include "app/organisation_service.hpp"
#include "common/assert.hpp"
#include "support/test_database.hpp"

#include <benchmark/benchmark.h>

namespace bolwerk {
namespace {

struct Fixture {
    std::unique_ptr<testing::TestDatabase> test_database;
    std::unique_ptr<store::Database> database;
    SystemClock clock;
    app::Actor actor = app::Actor::system_operator("bench");
    OrganisationId organisation{0};
    std::optional<app::CatalogService> catalogs;
};

std::unique_ptr<Fixture> make_fixture(store::Backend backend)
{
    auto fixture = std::make_unique<Fixture>();
    fixture->test_database = testing::TestDatabase::create(backend);
    fixture->database = testing::open_migrated(*fixture->test_database);
    app::OrganisationService organisations(*fixture->database, fixture->clock);
    fixture->organisation = organisations.create(fixture->actor, {"Gemeente Benchmark", "gemeente", {}, {}})->id;
    auto const demo
        = app::set_up_demo_assessment(*fixture->database, fixture->actor, fixture->clock, fixture->organisation);
    BOLWERK_VERIFY(demo.has_value());
    fixture->catalogs.emplace(app::CatalogService::create(*fixture->database, fixture->clock).value());
    return fixture;
}

void load_assessment(benchmark::State& state, store::Backend backend)
{
    auto const fixture = make_fixture(backend);
    app::AssessmentService service(*fixture->database, fixture->clock, *fixture->catalogs);
    for (auto _ : state) {
        auto const assessment = service.get(fixture->actor, fixture->organisation);
        if (!assessment || assessment->controls.size() != 93) {
            state.SkipWithError("loading the assessment failed");
            return;
        }
        benchmark::DoNotOptimize(assessment->measures.data());
    }
}

void save_answer(benchmark::State& state, store::Backend backend)
{
    auto const fixture = make_fixture(backend);
    app::AssessmentService service(*fixture->database, fixture->clock, *fixture->catalogs);
    auto answer = service.get(fixture->actor, fixture->organisation)->measures.front();
    int round = 0;
    for (auto _ : state) {
        answer.owner = "Eigenaar " + std::to_string(++round);
        auto const saved = service.save_measure(fixture->actor, fixture->organisation, answer, answer.version);
        if (!saved) {
            state.SkipWithError("saving the answer failed");
            return;
        }
        answer.version = saved->version;
    }
}

void compare_with_snapshot(benchmark::State& state, store::Backend backend)
{
    auto const fixture = make_fixture(backend);
    app::AssessmentService service(*fixture->database, fixture->clock, *fixture->catalogs);
    for (auto _ : state) {
        auto const diff = service.compare(fixture->actor, fixture->organisation, std::string("Q3 2026"), std::nullopt);
        if (!diff || diff->measures.empty()) {
            state.SkipWithError("comparing failed");
            return;
        }
        benchmark::DoNotOptimize(diff->measures.data());
    }
}

void create_catalog_service(benchmark::State& state)
{
    auto const fixture = make_fixture(store::Backend::Sqlite);
    for (auto _ : state) {
        auto catalogs = app::CatalogService::create(*fixture->database, fixture->clock);
        benchmark::DoNotOptimize(catalogs.has_value());
    }
}

void register_benchmarks()
{
    for (auto const backend : testing::test_backends()) {
        auto const name = testing::backend_name(backend);
        benchmark::RegisterBenchmark(("assessment_get_demo/" + name).c_str(), load_assessment, backend)
            ->Unit(benchmark::kMillisecond)
            ->Repetitions(10)
            ->ReportAggregatesOnly(true);
        benchmark::RegisterBenchmark(("assessment_save_answer/" + name).c_str(), save_answer, backend)
            ->Unit(benchmark::kMillisecond)
            ->Repetitions(10)
            ->ReportAggregatesOnly(true);
        benchmark::RegisterBenchmark(("assessment_compare_q3_now/" + name).c_str(), compare_with_snapshot, backend)
            ->Unit(benchmark::kMillisecond)
            ->Repetitions(10)
            ->ReportAggregatesOnly(true);
    }
    benchmark::RegisterBenchmark("catalog_service_create", create_catalog_service)
        ->Unit(benchmark::kMicrosecond)
        ->Repetitions(10)
        ->ReportAggregatesOnly(true);
}

} // namespace
} // namespace bolwerk

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    bolwerk::register_benchmarks();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
