// Store benchmarks on both backends: bulk insert in one transaction, and point reads
// by primary key through a pooled connection. SQLite always; PostgreSQL when
// BOLWERK_TEST_POSTGRES_URL is set (as for the tests). Each has a `raw_` twin that does
// the same work on the bare sqlite3 / libpq API: the ratio of the two is the cost of
// our store layer. Prints figures; asserts nothing.
//
//   build/bench/store_bench --benchmark_min_time=1

#include "raw_baseline.hpp"
#include "store/database.hpp"
#include "support/test_database.hpp"

#include <benchmark/benchmark.h>

namespace bolwerk {
namespace {

using testing::TestDatabase;

constexpr std::string_view create_table = "CREATE TABLE bench_items (id BIGINT PRIMARY KEY, organisation_id BIGINT NOT "
                                          "NULL, name TEXT NOT NULL, score DOUBLE PRECISION)";

struct Fixture {
    std::unique_ptr<TestDatabase> test_database;
    std::unique_ptr<store::Database> database;
};

Fixture make_fixture(store::Backend backend)
{
    Fixture fixture;
    fixture.test_database = TestDatabase::create(backend);
    fixture.database = fixture.test_database->open();
    auto connection = fixture.database->acquire();
    (void)(*connection)->execute_script(create_table);
    return fixture;
}

void bulk_insert(benchmark::State& state, store::Backend backend)
{
    auto fixture = make_fixture(backend);
    auto const rows = state.range(0);
    std::int64_t next_id = 0;
    for (auto _ : state) {
        auto connection = fixture.database->acquire();
        auto transaction = store::Transaction::begin(**connection);
        for (std::int64_t i = 0; i < rows; ++i) {
            auto const inserted = transaction->query(
                "INSERT INTO bench_items (id, organisation_id, name, score) VALUES ($1, $2, $3, $4)",
                {++next_id, std::int64_t{1}, std::string("measure ") + std::to_string(next_id), 0.5});
            if (!inserted) {
                state.SkipWithError(inserted.error().to_string().c_str());
                return;
            }
        }
        if (!transaction->commit()) {
            state.SkipWithError("commit failed");
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * rows);
}

void point_read(benchmark::State& state, store::Backend backend)
{
    auto fixture = make_fixture(backend);
    constexpr std::int64_t table_rows = 10000;
    {
        auto connection = fixture.database->acquire();
        auto transaction = store::Transaction::begin(**connection);
        for (std::int64_t i = 1; i <= table_rows; ++i)
            (void)transaction->query("INSERT INTO bench_items (id, organisation_id, name) VALUES ($1, 1, $2)",
                {i, std::string("item ") + std::to_string(i)});
        (void)transaction->commit();
    }
    std::int64_t key = 0;
    for (auto _ : state) {
        key = key % table_rows + 1;
        auto connection = fixture.database->acquire();
        auto const rows = (*connection)
                              ->query("SELECT id, name, score FROM bench_items WHERE id = $1 AND organisation_id = $2",
                                  {key, std::int64_t{1}});
        if (!rows || rows->size() != 1) {
            state.SkipWithError("point read failed");
            return;
        }
        benchmark::DoNotOptimize(rows->front().text(1).size());
    }
    state.SetItemsProcessed(state.iterations());
}

void raw_bulk_insert(benchmark::State& state, store::Backend backend)
{
    auto fixture = make_fixture(backend);
    auto raw = bench::open_raw(fixture.test_database->config());
    auto const rows = state.range(0);
    std::int64_t next_id = 0;
    for (auto _ : state) {
        bool done = raw->begin();
        for (std::int64_t i = 0; i < rows && done; ++i) {
            ++next_id;
            done = raw->insert(next_id, std::string("measure ") + std::to_string(next_id));
        }
        if (!done || !raw->commit()) {
            state.SkipWithError("raw insert failed");
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * rows);
}

void raw_point_read(benchmark::State& state, store::Backend backend)
{
    auto fixture = make_fixture(backend);
    auto raw = bench::open_raw(fixture.test_database->config());
    constexpr std::int64_t table_rows = 10000;
    raw->begin();
    for (std::int64_t i = 1; i <= table_rows; ++i)
        raw->insert(i, std::string("item ") + std::to_string(i));
    raw->commit();
    std::int64_t key = 0;
    for (auto _ : state) {
        key = key % table_rows + 1;
        if (raw->read(key) < 0) {
            state.SkipWithError("raw read failed");
            return;
        }
    }
    state.SetItemsProcessed(state.iterations());
}

void register_benchmarks()
{
    for (auto const backend : testing::test_backends()) {
        auto const name = testing::backend_name(backend);
        benchmark::RegisterBenchmark(("bulk_insert/" + name).c_str(), bulk_insert, backend)
            ->Arg(1000)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("raw_bulk_insert/" + name).c_str(), raw_bulk_insert, backend)
            ->Arg(1000)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("point_read/" + name).c_str(), point_read, backend)
            ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(("raw_point_read/" + name).c_str(), raw_point_read, backend)
            ->Unit(benchmark::kMicrosecond);
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
