// Sign-in throttling (issue #10, item 4): what every sign-in with a password pays before
// the password is checked. The rule itself over a history of N attempts, and the history
// read from the store (the attempts of one account and the failures of one address) with
// 20,000 attempts of 2,000 accounts behind one NAT address in the table. For comparison:
// checking the password (argon2id, 19 MiB) takes tens of milliseconds. SQLite always;
// PostgreSQL too when BOLWERK_TEST_POSTGRES_URL is set. Prints figures only.
//
//   build-dev/bench/sign_in_throttle_bench

#include "domain/sign_in_throttle.hpp"
#include "store/database.hpp"
#include "store/sign_in_attempt_repository.hpp"
#include "support/test_database.hpp"

#include <benchmark/benchmark.h>

namespace bolwerk {
namespace {

using namespace std::chrono_literals;

constexpr int account_count = 2000;
constexpr int attempts_per_account = 10;
Timestamp const now{std::chrono::sys_days{std::chrono::year{2026} / 11 / 25} + 9h};

std::string account(int i) { return "medewerker" + std::to_string(i) + "@gemeente.nl"; }

// Attempts spread over the last day: every fifth one fails.
std::vector<domain::SignInAttempt> history(int count)
{
    std::vector<domain::SignInAttempt> attempts;
    for (int i = 0; i < count; ++i)
        attempts.push_back({account(i % account_count), "192.0.2.1", now - std::chrono::seconds(i * 7), i % 5 != 0});
    return attempts;
}

void decide(benchmark::State& state)
{
    domain::SignInHistory const input{account(1), "192.0.2.1", history(static_cast<int>(state.range(0))), now - 48h};
    domain::SignInThrottlePolicy const policy;
    for (auto _ : state)
        benchmark::DoNotOptimize(domain::decide_sign_in(policy, input, now));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(decide)->Arg(10)->Arg(1000)->Arg(10000);

struct Fixture {
    std::unique_ptr<testing::TestDatabase> test_database;
    std::unique_ptr<store::Database> database;
};

std::unique_ptr<Fixture> make_fixture(store::Backend backend)
{
    auto fixture = std::make_unique<Fixture>();
    fixture->test_database = testing::TestDatabase::create(backend);
    fixture->database = testing::open_migrated(*fixture->test_database);
    auto connection = fixture->database->acquire().value();
    auto transaction = store::Transaction::begin(*connection).value();
    for (auto const& attempt : history(account_count * attempts_per_account)) {
        auto const id
            = store::SignInAttemptRepository::record_failure(*connection, attempt.account, attempt.address, attempt.at);
        if (attempt.succeeded)
            BOLWERK_VERIFY(store::SignInAttemptRepository::mark_succeeded(*connection, id.value()).has_value());
    }
    BOLWERK_VERIFY(transaction.commit().has_value());
    return fixture;
}

void read_history(benchmark::State& state, store::Backend backend)
{
    auto const fixture = make_fixture(backend);
    domain::SignInThrottlePolicy const policy;
    int i = 0;
    for (auto _ : state) {
        auto connection = fixture->database->acquire().value();
        auto const who = account(i++ % account_count);
        domain::SignInHistory history{who, "192.0.2.1",
            store::SignInAttemptRepository::recent(
                *connection, who, now - policy.pair_memory, "192.0.2.1", now - policy.window)
                .value(),
            store::SignInAttemptRepository::last_success(*connection, who, "192.0.2.1").value()};
        benchmark::DoNotOptimize(domain::decide_sign_in(policy, history, now));
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace
} // namespace bolwerk

int main(int argc, char** argv)
{
    using namespace bolwerk;
    benchmark::RegisterBenchmark("read_history_and_decide/sqlite", read_history, store::Backend::Sqlite)
        ->Unit(benchmark::kMicrosecond);
    if (std::getenv("BOLWERK_TEST_POSTGRES_URL") != nullptr)
        benchmark::RegisterBenchmark("read_history_and_decide/postgresql", read_history, store::Backend::Postgres)
            ->Unit(benchmark::kMicrosecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
