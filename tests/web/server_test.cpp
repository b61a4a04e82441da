#include "support/web_test.hpp"

#include <nlohmann/json.hpp>

#include <condition_variable>
#include <future>
#include <mutex>

namespace bolwerk::testing {
namespace {

class ServerTest : public WebTest { };

TEST_P(ServerTest, HealthAndReadiness)
{
    auto http = client();
    EXPECT_EQ(http.get("/healthz").status, 200U);
    auto const ready = http.get("/readyz");
    EXPECT_EQ(ready.status, 200U);
    EXPECT_EQ(ready.body, "ready\n");
}

TEST_P(ServerTest, EveryResponseCarriesSecurityHeaders)
{
    auto http = client();
    for (auto const* target : {"/healthz", "/does-not-exist", "/static/bolwerk.css"}) {
        auto const reply = http.get(target);
        auto const csp = reply.header("content-security-policy").value_or("");
        EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << target;
        EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << target;
        EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << target;
        EXPECT_EQ(reply.header("x-content-type-options"), "nosniff") << target;
        EXPECT_EQ(reply.header("referrer-policy"), "no-referrer") << target;
    }
}

TEST_P(ServerTest, UnknownPathIs404AndWrongMethodIs405)
{
    auto http = client();
    EXPECT_EQ(http.get("/nope").status, 404U);
    EXPECT_EQ(http.send("DELETE", "/healthz", "", {}).status, 405U);
}

TEST_P(ServerTest, StaticFilesHaveETagAndAnswer304WhenUnchanged)
{
    auto http = client();
    auto const first = http.get("/static/bolwerk.css");
    ASSERT_EQ(first.status, 200U);
    EXPECT_EQ(first.header("content-type"), "text/css; charset=utf-8");
    EXPECT_NE(first.header("cache-control").value_or("").find("max-age="), std::string::npos);
    auto const etag = first.header("etag");
    ASSERT_TRUE(etag);
    auto const second = http.get("/static/bolwerk.css", {{"If-None-Match", *etag}});
    EXPECT_EQ(second.status, 304U);
    EXPECT_TRUE(second.body.empty());
    EXPECT_EQ(http.get("/static/../CMakeLists.txt").status, 404U);
}

TEST_P(ServerTest, OversizedBodyIsRefused)
{
    auto http = client();
    auto const reply = http.send("POST", "/healthz", std::string(2 * 1024 * 1024, 'x'), {});
    EXPECT_EQ(reply.status, 413U);
}

TEST_P(ServerTest, AccessLogHasOneJsonLinePerRequestWithoutQuery)
{
    auto http = client();
    ASSERT_EQ(http.get("/healthz?token=secret").status, 200U);
    ASSERT_EQ(http.get("/nope").status, 404U);
    std::istringstream lines(access_log());
    std::string line;
    std::vector<nlohmann::json> entries;
    while (std::getline(lines, line))
        entries.push_back(nlohmann::json::parse(line));
    ASSERT_EQ(entries.size(), 2U);
    EXPECT_EQ(entries[0]["method"], "GET");
    EXPECT_EQ(entries[0]["path"], "/healthz");
    EXPECT_EQ(entries[0]["status"], 200);
    EXPECT_TRUE(entries[0].contains("duration_ms"));
    EXPECT_TRUE(entries[0].contains("time"));
    EXPECT_TRUE(entries[0]["user"].is_null());
    EXPECT_EQ(entries[1]["status"], 404);
    EXPECT_EQ(access_log().find("secret"), std::string::npos);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(ServerTest);

TEST(ServerShutdown, RequestInFlightFinishesBeforeStopReturns)
{
    std::mutex mutex;
    std::condition_variable changed;
    bool entered = false;
    bool release = false;
    auto handler = [&](web::Request const&) {
        std::unique_lock lock(mutex);
        entered = true;
        changed.notify_all();
        changed.wait(lock, [&] { return release; });
        return web::Response::text(200, "finished\n");
    };
    auto server = web::Server::start({.address = "127.0.0.1", .port = 0}, handler, nullptr);
    ASSERT_TRUE(server);
    auto reply = std::async(std::launch::async, [port = (*server)->port()] { return HttpClient(port).get("/slow"); });
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return entered; });
    }
    auto stopped = std::async(std::launch::async, [&] { (*server)->stop(); });
    {
        std::lock_guard lock(mutex);
        release = true;
    }
    changed.notify_all();
    stopped.get();
    auto const answer = reply.get();
    EXPECT_EQ(answer.status, 200U);
    EXPECT_EQ(answer.body, "finished\n");
    EXPECT_EQ(HttpClient((*server)->port()).get("/slow").status, 0U) << "no new connections after stop";
}

TEST(ParseListenAddress, AcceptsAddressAndPort)
{
    web::ServerConfig config;
    ASSERT_TRUE(web::parse_listen_address("0.0.0.0:9000", config));
    EXPECT_EQ(config.address, "0.0.0.0");
    EXPECT_EQ(config.port, 9000);
    ASSERT_TRUE(web::parse_listen_address("[::1]:8081", config));
    EXPECT_EQ(config.address, "::1");
    for (auto const* bad : {"8080", "localhost:8080", "127.0.0.1:99999", "127.0.0.1:x"})
        EXPECT_FALSE(web::parse_listen_address(bad, config)) << bad;
}

} // namespace
} // namespace bolwerk::testing
