// Evidence benchmarks (issue #5): what the assessment pages ask per measure and aspect
// ("which evidence supports 5.17.01, opzet?") in an organisation with 2,000 evidence
// items, and storing a 1 MiB file. The median over repetitions is the p50. SQLite
// always; PostgreSQL too when BOLWERK_TEST_POSTGRES_URL is set. Prints figures only.
//
//   build-dev/bench/evidence_bench

#include "app/evidence/evidence_service.hpp"
#include "app/organisation_service.hpp"
#include "domain/catalog/control_number.hpp"
#include "support/test_database.hpp"

#include <benchmark/benchmark.h>

namespace bolwerk {
namespace {

constexpr int item_count = 2000;

struct Fixture {
    std::unique_ptr<testing::TestDatabase> test_database;
    std::unique_ptr<store::Database> database;
    SystemClock clock;
    app::Actor actor = app::Actor::system_operator("bench");
    OrganisationId organisation{0};
};

// One measure per ISO/IEC 27002 control ("5.01.01" … "8.34.01"): 93 targets, each
// supported by about 2,000 × 2 / 93 ≈ 43 items.
std::vector<domain::EvidenceTarget> measures()
{
    std::vector<domain::EvidenceTarget> targets;
    for (auto const& control : domain::catalog::ControlNumber::all())
        targets.push_back(*domain::EvidenceTarget::parse(control.to_string() + ".01"));
    return targets;
}

std::unique_ptr<Fixture> make_fixture(store::Backend backend)
{
    auto fixture = std::make_unique<Fixture>();
    fixture->test_database = testing::TestDatabase::create(backend);
    fixture->database = testing::open_migrated(*fixture->test_database);
    app::OrganisationService organisations(*fixture->database, fixture->clock);
    fixture->organisation = organisations.create(fixture->actor, {"Gemeente Benchmark", "gemeente", {}, {}})->id;
    app::EvidenceService service(*fixture->database, fixture->clock);
    auto const targets = measures();
    for (int i = 0; i < item_count; ++i) {
        domain::EvidenceDraft draft;
        draft.title = "Waarneming " + std::to_string(i);
        draft.note = "Gezien tijdens rondgang " + std::to_string(i);
        draft.effective_on = std::chrono::sys_days{std::chrono::year{2026} / 1 / 1} + std::chrono::days{i % 300};
        draft.targets = {targets[static_cast<std::size_t>(i) % targets.size()],
            targets[static_cast<std::size_t>(i * 7 + 3) % targets.size()]};
        draft.aspect = static_cast<domain::EvidenceAspect>((i / 7) % 3);
        BOLWERK_VERIFY(service.add_note(fixture->actor, fixture->organisation, draft).has_value());
    }
    return fixture;
}

void evidence_for_measure(benchmark::State& state, store::Backend backend)
{
    auto const fixture = make_fixture(backend);
    app::EvidenceService service(*fixture->database, fixture->clock);
    app::EvidenceQuery const query{.target = *domain::EvidenceTarget::parse("5.17.01"),
        .aspect = domain::EvidenceAspect::Design,
        .expiring_on = {}};
    for (auto _ : state) {
        auto const items = service.list(fixture->actor, fixture->organisation, query);
        if (!items || items->empty()) {
            state.SkipWithError("listing evidence for a measure failed");
            return;
        }
        benchmark::DoNotOptimize(items->data());
    }
}

void evidence_list_all(benchmark::State& state, store::Backend backend)
{
    auto const fixture = make_fixture(backend);
    app::EvidenceService service(*fixture->database, fixture->clock);
    for (auto _ : state) {
        auto const items = service.list(fixture->actor, fixture->organisation);
        if (!items || items->size() != item_count) {
            state.SkipWithError("listing all evidence failed");
            return;
        }
        benchmark::DoNotOptimize(items->data());
    }
}

void upload_one_mebibyte(benchmark::State& state, store::Backend backend)
{
    auto fixture = std::make_unique<Fixture>();
    fixture->test_database = testing::TestDatabase::create(backend);
    fixture->database = testing::open_migrated(*fixture->test_database);
    app::OrganisationService organisations(*fixture->database, fixture->clock);
    fixture->organisation = organisations.create(fixture->actor, {"Gemeente Upload", "gemeente", {}, {}})->id;
    app::EvidenceService service(*fixture->database, fixture->clock);
    std::string content = "%PDF-1.7\n" + std::string(1024 * 1024, 'x');
    std::int64_t round = 0;
    for (auto _ : state) {
        // Different bytes each time, so every upload really stores a blob.
        auto const stamp = std::to_string(round++);
        content.replace(9, stamp.size(), stamp);
        domain::EvidenceDraft draft;
        draft.title = "Rapport " + stamp;
        draft.effective_on = std::chrono::sys_days{std::chrono::year{2026} / 1 / 1};
        auto const item = service.add_file(fixture->actor, fixture->organisation, draft, {"rapport.pdf", content});
        if (!item) {
            state.SkipWithError("upload failed");
            return;
        }
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(content.size()));
}

void register_benchmarks()
{
    for (auto const backend : testing::test_backends()) {
        auto const name = testing::backend_name(backend);
        benchmark::RegisterBenchmark(("evidence_for_measure_2000/" + name).c_str(), evidence_for_measure, backend)
            ->Unit(benchmark::kMillisecond)
            ->Repetitions(10)
            ->ReportAggregatesOnly(true);
        benchmark::RegisterBenchmark(("evidence_list_all_2000/" + name).c_str(), evidence_list_all, backend)
            ->Unit(benchmark::kMillisecond)
            ->Repetitions(5)
            ->ReportAggregatesOnly(true);
        benchmark::RegisterBenchmark(("evidence_upload_1MiB/" + name).c_str(), upload_one_mebibyte, backend)
            ->Unit(benchmark::kMillisecond)
            ->Iterations(20)
            ->Repetitions(3)
            ->ReportAggregatesOnly(true);
    }
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
