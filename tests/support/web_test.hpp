#pragma once

#include "support/http_client.hpp"
#include "support/store_test.hpp"
#include "web/application.hpp"
#include "web/server.hpp"

#include <sstream>

namespace bolwerk::testing {

/// A test that runs the real web application and server in this process on a
/// loopback port chosen by the system, on a fresh database of each backend
/// (STYLE.md 8.5). The clock stands still unless the test moves it.
class WebTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure())
            return;
        web::WebConfig config{.resource_root = BOLWERK_SOURCE_DIR};
        auto application = web::Application::create(database(), m_clock, config);
        ASSERT_TRUE(application) << application.error().to_string();
        m_application = std::move(*application);
        web::ServerConfig server_config{.address = "127.0.0.1", .port = 0};
        auto server = web::Server::start(
            server_config, [this](web::Request const& request) { return m_application->handle(request); },
            &m_access_log);
        ASSERT_TRUE(server) << server.error().to_string();
        m_server = std::move(*server);
    }
    void TearDown() override
    {
        if (m_server)
            m_server->stop();
        m_server.reset();
        m_application.reset();
        StoreTest::TearDown();
    }

    std::uint16_t port() const { return m_server->port(); }
    HttpClient client() const { return HttpClient(port()); }
    std::string access_log() const { return m_access_log.str(); }

    FixedClock m_clock{Timestamp{std::chrono::seconds{1'790'000'000}}};

private:
    std::ostringstream m_access_log;
    std::unique_ptr<web::Application> m_application;
    std::unique_ptr<web::Server> m_server;
};

} // namespace bolwerk::testing
