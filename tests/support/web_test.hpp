#pragma once

#include "app/account_service.hpp"
#include "app/mfa_service.hpp"
#include "app/organisation_service.hpp"
#include "app/session_service.hpp"
#include "app/totp.hpp"
#include "domain/role.hpp"
#include "support/http_client.hpp"
#include "support/store_test.hpp"
#include "web/application.hpp"
#include "web/http/server.hpp"

#include <initializer_list>
#include <regex>
#include <sstream>

namespace bolwerk::testing {

/// The value of the hidden `csrf` field of the first form in `html`; empty if none.
inline std::string hidden_csrf(std::string const& html)
{
    std::smatch match;
    std::regex const pattern("name=\"csrf\" value=\"([^\"]+)\"");
    return std::regex_search(html, match, pattern) ? match[1].str() : "";
}

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
        configure(config);
        auto application = web::Application::create(database(), m_clock, config);
        ASSERT_TRUE(application) << application.error().to_string();
        m_application = std::move(*application);
        web::ServerConfig server_config{.address = "127.0.0.1", .port = 0};
        server_config.on_header = [this, limit = server_config.body_limit](web::Request const& header_only) {
            return m_application->decide_body(header_only, limit);
        };
        configure_server(server_config);
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

    /// Lets a suite change the configuration before the application starts.
    virtual void configure(web::WebConfig& /*config*/) { }
    /// Lets a suite change the server's limits before it starts.
    virtual void configure_server(web::ServerConfig& /*config*/) { }

    static constexpr std::string_view password = "correct horse battery";

    OrganisationId make_organisation(std::string const& name)
    {
        app::OrganisationService organisations(database(), m_clock);
        auto const created = organisations.create(m_operator, {name, "gemeente", {}, {}});
        EXPECT_TRUE(created) << created.error().to_string();
        return created->id;
    }

    UserId make_user(std::string const& email, OrganisationId organisation, domain::Role role)
    {
        app::AccountService accounts(database(), m_clock, m_no_common_passwords);
        auto const user = accounts.create_user(m_operator,
            {.email = email,
                .display_name = "User " + email,
                .password = std::string(password),
                .membership = domain::Membership{organisation, role}});
        EXPECT_TRUE(user) << user.error().to_string();
        return user->id;
    }

    /// One account per role in `roles`, named after it (ciso@test.nl, medewerker@test.nl,
    /// …), each a member of `organisation` with that role; created in that order.
    void make_users(OrganisationId organisation, std::initializer_list<domain::Role> roles)
    {
        for (auto const role : roles)
            make_user(std::string(domain::to_string(role)) + "@test.nl", organisation, role);
    }

    /// A signed-in browser: the session cookie set, MFA enrolled where the role needs it.
    struct Browser {
        HttpClient http;
        std::string csrf;
        std::string totp_secret;
    };
    Browser sign_in(std::string const& email)
    {
        app::SessionService sessions(database(), m_clock, {});
        auto const signed_in = sessions.sign_in(email, password, "127.0.0.1", "nl");
        EXPECT_TRUE(signed_in && signed_in->status == app::SignIn::Status::SignedIn);
        auto token = signed_in->token;
        auto state = **sessions.resolve(token);
        std::string secret;
        if (state.stage == app::SessionState::Stage::NeedsEnrolment) {
            app::MfaService mfa(database(), m_clock);
            secret = mfa.begin(state)->secret_base32;
            state = **sessions.resolve(token);
            auto const confirmed = mfa.confirm(state, app::totp_code(*state.user.totp_secret, m_clock.now()));
            EXPECT_TRUE(confirmed);
            secret = *state.user.totp_secret;
            // Enrolment renews the session id (and its CSRF token).
            token = confirmed->session_token;
            state = **sessions.resolve(token);
            // The next code must come from a later time step.
            m_clock.advance(std::chrono::seconds(30));
        }
        Browser browser{client(), state.record.csrf_token, secret};
        browser.http.cookies()["bolwerk_session"] = token;
        return browser;
    }
    HttpClient client() const { return HttpClient(port()); }
    web::Application& application() { return *m_application; }

    /// The value of the hidden CSRF field of the (first) form in a page.
    static std::string form_csrf(std::string const& html)
    {
        std::smatch match;
        std::regex const pattern("name=\"csrf\" value=\"([^\"]+)\"");
        return std::regex_search(html, match, pattern) ? match[1].str() : "";
    }
    /// Signs in through the real sign-in form, as a browser does; the reply to the POST.
    static HttpReply sign_in_with_form(HttpClient& http, std::string const& email, std::string const& secret)
    {
        auto const form = http.get("/inloggen");
        return http.post_form("/inloggen", {{"email", email}, {"password", secret}, {"csrf", form_csrf(form.body)}});
    }
    std::string access_log() const { return m_access_log.str(); }

    FixedClock m_clock{Timestamp{std::chrono::seconds{1'790'000'000}}};
    app::Actor m_operator = app::Actor::system_operator("test");
    domain::CommonPasswords m_no_common_passwords;

private:
    std::ostringstream m_access_log;
    std::unique_ptr<web::Application> m_application;
    std::unique_ptr<web::Server> m_server;
};

} // namespace bolwerk::testing
