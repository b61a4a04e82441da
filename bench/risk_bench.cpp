// Risk register benchmarks (issue #6 goal: register and heat map for 5,000 risks in one
// organisation, p50 under 10 ms). The median over repetitions is the p50. SQLite
// always; PostgreSQL too when BOLWERK_TEST_POSTGRES_URL is set. Prints figures only.
//
//   build-bench/bench/risk_bench

#include "app/organisation_service.hpp"
#include "app/risk/risk_service.hpp"
#include "report/risk/heat_map.hpp"
#include "store/migrator.hpp"
#include "support/test_database.hpp"

#include <benchmark/benchmark.h>

namespace bolwerk {
namespace {

constexpr int risk_count = 5000;

struct Fixture {
    std::unique_ptr<testing::TestDatabase> test_database;
    std::unique_ptr<store::Database> database;
    SystemClock clock;
    app::Actor actor = app::Actor::system_operator("bench");
    OrganisationId organisation{0};
};

std::unique_ptr<Fixture> make_fixture(store::Backend backend)
{
    auto fixture = std::make_unique<Fixture>();
    fixture->test_database = testing::TestDatabase::create(backend);
    fixture->database = testing::open_migrated(*fixture->test_database);
    app::OrganisationService organisations(*fixture->database, fixture->clock);
    fixture->organisation = organisations.create(fixture->actor, {"Gemeente Benchmark", "gemeente", {}, {}})->id;
    std::vector<app::RiskService::NumberedDraft> drafts;
    for (int i = 0; i < risk_count; ++i) {
        domain::RiskDraft draft;
        draft.title = "Risico " + std::to_string(i);
        draft.owner = "Eigenaar " + std::to_string(i % 17);
        draft.inherent_likelihood = 1 + i % 5;
        draft.inherent_impacts = {{"financieel", 1 + (i / 5) % 5}, {"imago", 1 + i % 3}};
        draft.existing_controls = {"5.17", "8.08"};
        draft.planned_measures = {{"Maatregel " + std::to_string(i), "Beheer", std::nullopt, false}};
        if (i % 2 == 0) {
            draft.residual_likelihood = 1;
            draft.residual_impact = 1;
        }
        drafts.push_back({static_cast<std::uint64_t>(i + 2), std::move(draft)});
    }
    app::RiskService service(*fixture->database, fixture->clock);
    auto const imported
        = service.import_risks(fixture->actor, fixture->organisation, drafts, app::RiskService::InvalidRows::RefuseAll);
    BOLWERK_VERIFY(imported.has_value() && imported->imported == risk_count);
    return fixture;
}

void load_register(benchmark::State& state, store::Backend backend)
{
    auto const fixture = make_fixture(backend);
    app::RiskService service(*fixture->database, fixture->clock);
    for (auto _ : state) {
        auto const register_ = service.register_of(fixture->actor, fixture->organisation);
        if (!register_ || register_->risks.size() != risk_count) {
            state.SkipWithError("loading the register failed");
            return;
        }
        benchmark::DoNotOptimize(register_->risks.data());
    }
    state.SetItemsProcessed(state.iterations() * risk_count);
}

void heat_map_page(benchmark::State& state, store::Backend backend)
{
    auto const fixture = make_fixture(backend);
    app::RiskService service(*fixture->database, fixture->clock);
    for (auto _ : state) {
        auto const register_ = service.register_of(fixture->actor, fixture->organisation);
        if (!register_) {
            state.SkipWithError("loading the register failed");
            return;
        }
        auto const map = report::build_heat_map(
            register_->methodology.methodology, register_->risks, report::HeatMapBasis::Residual);
        auto const svg = report::heat_map_svg(map, report::Language::Dutch);
        benchmark::DoNotOptimize(svg.data());
    }
}

// What a register screen does: one page of 50 risks plus the heat map from the scores.
void register_screen(benchmark::State& state, store::Backend backend)
{
    auto const fixture = make_fixture(backend);
    app::RiskService service(*fixture->database, fixture->clock);
    for (auto _ : state) {
        auto const page = service.register_page(fixture->actor, fixture->organisation, 2500, 50);
        auto const sheet = service.scores(fixture->actor, fixture->organisation);
        if (!page || !sheet || page->risks.size() != 50 || sheet->scores.size() != risk_count) {
            state.SkipWithError("loading the register screen failed");
            return;
        }
        auto const map
            = report::build_heat_map(sheet->methodology.methodology, sheet->scores, report::HeatMapBasis::Residual);
        auto const svg = report::heat_map_svg(map, report::Language::Dutch);
        benchmark::DoNotOptimize(svg.data());
    }
}

// What GET /api/v1/organisations/{id}/risks?level=midden,hoog&order=severity&limit=50
// asks of the app layer (issue 6): a filtered, ordered page with its parts and the count.
void filtered_page(benchmark::State& state, store::Backend backend)
{
    auto const fixture = make_fixture(backend);
    app::RiskService service(*fixture->database, fixture->clock);
    domain::RiskFilter filter;
    filter.levels = {domain::RiskLevel::Midden, domain::RiskLevel::Hoog};
    filter.most_severe_first = true;
    for (auto _ : state) {
        auto const page = service.search_risks(fixture->actor, fixture->organisation, filter, 100, 50);
        if (!page || page->risks.size() != 50) {
            state.SkipWithError("loading the filtered page failed");
            return;
        }
        benchmark::DoNotOptimize(page->risks.data());
    }
}

// The board's view: the ten most severe risks.
void board_top(benchmark::State& state, store::Backend backend)
{
    auto const fixture = make_fixture(backend);
    app::RiskService service(*fixture->database, fixture->clock);
    domain::RiskFilter filter;
    filter.most_severe_first = true;
    for (auto _ : state) {
        auto const page = service.search_risks(fixture->actor, fixture->organisation, filter, 0, 10);
        if (!page || page->risks.size() != 10) {
            state.SkipWithError("loading the top 10 failed");
            return;
        }
        benchmark::DoNotOptimize(page->risks.data());
    }
}

void heat_map_only(benchmark::State& state)
{
    auto const methodology = domain::RiskMethodology::standard();
    std::vector<domain::Risk> risks(risk_count);
    for (int i = 0; i < risk_count; ++i)
        risks[static_cast<std::size_t>(i)].inherent = {1 + i % 5, 1 + (i / 5) % 5, domain::RiskLevel::Midden};
    for (auto _ : state) {
        auto const map = report::build_heat_map(methodology, risks, report::HeatMapBasis::Inherent);
        auto const svg = report::heat_map_svg(map, report::Language::Dutch);
        benchmark::DoNotOptimize(svg.data());
    }
}

void register_benchmarks()
{
    for (auto const backend : testing::test_backends()) {
        auto const name = testing::backend_name(backend);
        benchmark::RegisterBenchmark(("risk_register_5000/" + name).c_str(), load_register, backend)
            ->Unit(benchmark::kMillisecond)
            ->Repetitions(10)
            ->ReportAggregatesOnly(true);
        benchmark::RegisterBenchmark(("risk_register_screen_5000/" + name).c_str(), register_screen, backend)
            ->Unit(benchmark::kMillisecond)
            ->Repetitions(10)
            ->ReportAggregatesOnly(true);
        benchmark::RegisterBenchmark(("risk_heat_map_page_5000/" + name).c_str(), heat_map_page, backend)
            ->Unit(benchmark::kMillisecond)
            ->Repetitions(10)
            ->ReportAggregatesOnly(true);
        benchmark::RegisterBenchmark(("risk_api_filtered_page_5000/" + name).c_str(), filtered_page, backend)
            ->Unit(benchmark::kMillisecond)
            ->Repetitions(10)
            ->ReportAggregatesOnly(true);
        benchmark::RegisterBenchmark(("risk_board_top10_5000/" + name).c_str(), board_top, backend)
            ->Unit(benchmark::kMillisecond)
            ->Repetitions(10)
            ->ReportAggregatesOnly(true);
    }
    benchmark::RegisterBenchmark("heat_map_svg_only_5000", heat_map_only)->Unit(benchmark::kMicrosecond);
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
