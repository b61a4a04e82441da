// VvT page benchmarks (issue #5 goal: the VvT page of a full BIO2 assessment, p50 under
// 5 ms). Requests go through the whole application (middleware, session lookup, use
// case, templates) in process, without the network. Each benchmark times every request
// and reports its own p50 and p99 as counters. SQLite always; PostgreSQL too when
// BOLWERK_TEST_POSTGRES_URL is set. Prints figures only.
//
//   scripts/build.sh build-bench -DCMAKE_BUILD_TYPE=Release -- vvt_page_bench
//   build-bench/bench/vvt_page_bench

#include "app/account_service.hpp"
#include "app/assessment/assessment_service.hpp"
#include "app/assessment/demo_assessment.hpp"
#include "app/catalog_service.hpp"
#include "app/organisation_service.hpp"
#include "app/session_service.hpp"
#include "app/vvt/vvt_service.hpp"
#include "common/assert.hpp"
#include "support/test_database.hpp"
#include "web/application.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>

namespace bolwerk {
namespace {

constexpr std::string_view password = "benchmark wachtwoord voor de vvt";

struct Fixture {
    std::unique_ptr<testing::TestDatabase> test_database;
    std::unique_ptr<store::Database> database;
    SystemClock clock;
    app::Actor actor = app::Actor::system_operator("bench");
    OrganisationId organisation{0};
    std::unique_ptr<web::Application> application;
    std::string cookie;
};

// An organisation with the demo assessment of BIO2 v1.3 (the partly completed one of
// `bolwerk demo`), a scope, two frozen versions (the second approved and published),
// and a signed-in medewerker. Every page shows all 93 controls whatever is answered.
std::unique_ptr<Fixture> make_fixture(store::Backend backend)
{
    auto fixture = std::make_unique<Fixture>();
    fixture->test_database = testing::TestDatabase::create(backend);
    fixture->database = testing::open_migrated(*fixture->test_database);
    auto& database = *fixture->database;
    app::OrganisationService organisations(database, fixture->clock);
    auto const id = organisations.create(fixture->actor, {"Gemeente Benchmark", "gemeente", {}, {}})->id;
    fixture->organisation = id;
    BOLWERK_VERIFY(app::set_up_demo_assessment(database, fixture->actor, fixture->clock, id).has_value());

    auto service = app::VvtService::create(database, fixture->clock).value();
    domain::vvt::IsmsScope const scope{.statement = "Alle processen van de gemeente Benchmark.",
        .processes = {{"Burgerzaken", "Paspoorten"}, {"Belastingen", "WOZ"}},
        .information_systems = {{"Zaaksysteem", "Zaakgericht werken"}},
        .exclusions = {{"Sportbedrijf", "Eigen rechtspersoon"}}};
    BOLWERK_VERIFY(service.set_scope(fixture->actor, id, scope, 0).has_value());
    BOLWERK_VERIFY(service.freeze(fixture->actor, id).has_value());
    // The demo leaves exclusion 8.28 without its risk reference; version 2 adds it, so
    // that it can be published and the diff has a change.
    auto catalogs = app::CatalogService::create(database, fixture->clock).value();
    app::AssessmentService assessments(database, fixture->clock, catalogs);
    auto const control = domain::catalog::ControlNumber::parse("8.28").value();
    auto applicability = *assessments.get(fixture->actor, id)->find(control);
    applicability.reference
        = domain::assessment::RiskReference{domain::assessment::RiskReference::Kind::Document, "RA-1"};
    BOLWERK_VERIFY(assessments.set_control(fixture->actor, id, applicability, applicability.version).has_value());
    BOLWERK_VERIFY(service.freeze(fixture->actor, id).has_value());
    BOLWERK_VERIFY(service.approve(fixture->actor, id, 2).has_value());
    BOLWERK_VERIFY(service.set_publication(fixture->actor, id, {.enabled = true}).has_value());
    BOLWERK_VERIFY(service.publish(fixture->actor, id, 2).has_value());

    domain::CommonPasswords const none;
    app::AccountService accounts(database, fixture->clock, none);
    BOLWERK_VERIFY(accounts
                       .create_user(fixture->actor,
                           {.email = "medewerker@benchmark.nl",
                               .display_name = "Medewerker",
                               .password = std::string(password),
                               .membership = domain::Membership{id, domain::Role::Medewerker}})
                       .has_value());
    app::SessionService sessions(database, fixture->clock, {});
    auto const signed_in = sessions.sign_in("medewerker@benchmark.nl", std::string(password), "127.0.0.1", "nl");
    BOLWERK_VERIFY(signed_in.has_value() && signed_in->status == app::SignIn::Status::SignedIn);
    fixture->cookie = "bolwerk_session=" + signed_in->token;

    web::WebConfig config{.resource_root = web::default_resource_root()};
    fixture->application = web::Application::create(database, fixture->clock, config).value();
    return fixture;
}

web::Request get(Fixture const& fixture, std::string path)
{
    web::Request request;
    request.method = "GET";
    request.path = std::move(path);
    request.headers = {{"host", "127.0.0.1"}, {"cookie", fixture.cookie}};
    request.remote_address = "127.0.0.1";
    return request;
}

// Times each request; reports p50 and p99 in milliseconds.
void page(benchmark::State& state, store::Backend backend, std::string const& suffix, bool public_page)
{
    auto const fixture = make_fixture(backend);
    auto const id = fixture->organisation.to_string();
    auto const path = public_page ? "/openbaar/" + id + "/vvt" : "/organisaties/" + id + "/vvt" + suffix;
    auto const request = get(*fixture, path);
    if (auto const first = fixture->application->handle(request); first.status != 200) {
        state.SkipWithError(("GET " + path + " answered " + std::to_string(first.status)).c_str());
        return;
    }
    std::vector<double> milliseconds;
    for (auto _ : state) {
        auto const started = std::chrono::steady_clock::now();
        auto const response = fixture->application->handle(request);
        milliseconds.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
        benchmark::DoNotOptimize(response.body.data());
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    auto const at = [&](double fraction) {
        return milliseconds[static_cast<std::size_t>(fraction * static_cast<double>(milliseconds.size() - 1))];
    };
    state.counters["p50_ms"] = at(0.50);
    state.counters["p99_ms"] = at(0.99);
}

void register_benchmarks()
{
    for (auto const backend : testing::test_backends()) {
        auto const name = testing::backend_name(backend);
        benchmark::RegisterBenchmark(("vvt_page/" + name).c_str(), page, backend, std::string(), false)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(
            ("vvt_version_page_with_diff/" + name).c_str(), page, backend, std::string("/versies/2"), false)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("vvt_public_page/" + name).c_str(), page, backend, std::string(), true)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(
            ("vvt_export_xlsx/" + name).c_str(), page, backend, std::string("/export/xlsx"), false)
            ->Unit(benchmark::kMillisecond);
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
