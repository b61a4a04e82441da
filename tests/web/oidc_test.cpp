#include "support/web_test.hpp"

#include "web/http/http.hpp"
#include "web/identity/jwt.hpp"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <mutex>

namespace bolwerk::testing {
namespace {

constexpr std::string_view client_secret = "a-client-secret-only-the-tests-know";
constexpr std::string_view redirect_uri = "http://bolwerk.test/inloggen/sso/terug";

/// A small OpenID provider on loopback: discovery, an authorisation endpoint that
/// signs in at once, and a token endpoint that checks the PKCE verifier and returns an
/// HS256 ID token. The test sets what the next token says.
class TestProvider {
public:
    struct Claims {
        std::string email = "sso@test.nl";
        std::vector<std::string> groups;
        std::vector<std::string> amr{"pwd"};
        bool wrong_signature = false;
        bool wrong_nonce = false;
        /// Claims replaced in (or added to) the ID token, e.g. one of the wrong type.
        nlohmann::json overrides = nlohmann::json::object();
    };

    explicit TestProvider(Clock const& clock)
        : m_clock(clock)
    {
        auto server = web::Server::start(
            {.address = "127.0.0.1", .port = 0}, [this](web::Request const& request) { return handle(request); },
            nullptr);
        m_server = std::move(*server);
        m_issuer = "http://127.0.0.1:" + std::to_string(m_server->port());
    }
    ~TestProvider() { m_server->stop(); }

    std::string const& issuer() const { return m_issuer; }
    std::uint16_t port() const { return m_server->port(); }
    void set_claims(Claims claims)
    {
        std::lock_guard lock(m_mutex);
        m_claims = std::move(claims);
    }

private:
    web::Response handle(web::Request const& request)
    {
        std::lock_guard lock(m_mutex);
        if (request.path == "/.well-known/openid-configuration") {
            return web::Response::text(200,
                nlohmann::json{{"issuer", m_issuer}, {"authorization_endpoint", m_issuer + "/authorize"},
                    {"token_endpoint", m_issuer + "/token"}}
                    .dump(),
                "application/json");
        }
        if (request.path == "/authorize")
            return authorize(web::parse_form(request.query));
        if (request.path == "/token")
            return token(web::parse_form(request.body));
        return web::Response::text(404, "");
    }

    web::Response authorize(std::vector<std::pair<std::string, std::string>> const& query)
    {
        auto const value = [&](std::string_view name) { return web::form_value(query, name).value_or(""); };
        if (value("code_challenge_method") != "S256" || value("redirect_uri") != redirect_uri
            || value("client_id") != "bolwerk")
            return web::Response::text(400, "bad authorisation request");
        m_challenge = value("code_challenge");
        m_nonce = value("nonce");
        auto response = web::Response::text(302, "");
        response.set_header("Location", std::string(redirect_uri) + "?code=the-code&state=" + value("state"));
        return response;
    }

    web::Response token(std::vector<std::pair<std::string, std::string>> const& form)
    {
        auto const value = [&](std::string_view name) { return web::form_value(form, name).value_or(""); };
        std::string digest(crypto_hash_sha256_BYTES, '\0');
        auto const verifier = value("code_verifier");
        crypto_hash_sha256(reinterpret_cast<unsigned char*>(digest.data()),
            reinterpret_cast<unsigned char const*>(verifier.data()), verifier.size());
        if (value("code") != "the-code" || value("client_secret") != client_secret
            || web::base64url_encode(digest) != m_challenge)
            return web::Response::text(400, R"({"error":"invalid_grant"})", "application/json");
        auto const now = std::chrono::duration_cast<std::chrono::seconds>(m_clock.now().time_since_epoch()).count();
        nlohmann::json claims{{"iss", m_issuer}, {"aud", "bolwerk"}, {"sub", "42"}, {"exp", now + 300}, {"iat", now},
            {"nonce", m_claims.wrong_nonce ? "other" : m_nonce}, {"email", m_claims.email}, {"name", "Sam SSO"},
            {"groups", m_claims.groups}, {"amr", m_claims.amr}};
        claims.update(m_claims.overrides);
        auto const id_token
            = web::sign_hs256(claims, m_claims.wrong_signature ? std::string_view("wrong") : client_secret);
        return web::Response::text(
            200, nlohmann::json{{"id_token", id_token}, {"token_type", "Bearer"}}.dump(), "application/json");
    }

    Clock const& m_clock;
    std::unique_ptr<web::Server> m_server;
    std::string m_issuer;
    std::mutex m_mutex;
    Claims m_claims; // guarded by m_mutex
    std::string m_challenge; // guarded by m_mutex
    std::string m_nonce; // guarded by m_mutex
};

class OidcTest : public WebTest {
protected:
    void SetUp() override
    {
        m_provider = std::make_unique<TestProvider>(m_clock);
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        m_own = make_organisation("Gemeente SSO");
    }
    void TearDown() override
    {
        WebTest::TearDown();
        m_provider.reset();
    }
    void configure(web::WebConfig& config) override
    {
        // The organisation made in SetUp gets id 1 on a fresh database.
        config.oidc = web::OidcConfig{.issuer = m_provider->issuer(),
            .client_id = "bolwerk",
            .client_secret = std::string(client_secret),
            .redirect_uri = std::string(redirect_uri),
            .group_roles = {{"bolwerk-medewerker", {OrganisationId(1), domain::Role::Medewerker}},
                {"bolwerk-ciso", {OrganisationId(1), domain::Role::Ciso}}}};
    }

    /// Runs the browser's side of the flow; returns Bolwerk's answer to the callback.
    HttpReply single_sign_on(HttpClient& bolwerk, bool tamper_verifier = false)
    {
        auto const start = bolwerk.get("/inloggen/sso");
        EXPECT_EQ(start.status, 303U);
        auto const location = start.header("location").value_or("");
        EXPECT_TRUE(location.starts_with(m_provider->issuer() + "/authorize?")) << location;
        if (tamper_verifier)
            bolwerk.cookies()["bolwerk_oidc"] += "x";
        HttpClient provider(m_provider->port());
        auto const authorised = provider.get(location.substr(m_provider->issuer().size()));
        auto const back = authorised.header("location").value_or("");
        EXPECT_TRUE(back.starts_with(std::string(redirect_uri))) << back;
        return bolwerk.get(back.substr(std::string("http://bolwerk.test").size()));
    }

    std::unique_ptr<TestProvider> m_provider;
    OrganisationId m_own{0};
};

TEST_P(OidcTest, SignsInAndProvisionsTheUserWithTheMappedRole)
{
    m_provider->set_claims({.groups = {"bolwerk-medewerker", "unmapped"}});
    auto bolwerk = client();
    auto const back = single_sign_on(bolwerk);
    ASSERT_EQ(back.status, 303U) << back.body;
    EXPECT_EQ(back.header("location"), "/");
    EXPECT_EQ(bolwerk.get("/organisaties/" + m_own.to_string()).status, 200U);
    auto const rows = must_query("SELECT password_hash FROM users WHERE email = 'sso@test.nl'");
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_TRUE(rows.front().is_null(0)) << "an SSO account has no password";
    EXPECT_EQ(must_query("SELECT COUNT(*) FROM memberships").front().int64(0), 1);
}

TEST_P(OidcTest, PrivilegedRoleNeedsTheProvidersMfaOrLocalEnrolment)
{
    m_provider->set_claims({.groups = {"bolwerk-ciso"}, .amr = {"pwd"}});
    auto without = client();
    ASSERT_EQ(single_sign_on(without).status, 303U);
    EXPECT_EQ(without.get("/organisaties/" + m_own.to_string()).header("location"), "/account/mfa");
    m_provider->set_claims({.groups = {"bolwerk-ciso"}, .amr = {"pwd", "mfa"}});
    auto with = client();
    ASSERT_EQ(single_sign_on(with).status, 303U);
    EXPECT_EQ(with.get("/organisaties/" + m_own.to_string()).status, 200U);
}

TEST_P(OidcTest, RefusesWrongStateVerifierSignatureAndNonce)
{
    m_provider->set_claims({.groups = {"bolwerk-medewerker"}});
    auto forged = client();
    EXPECT_EQ(forged.get("/inloggen/sso/terug?code=the-code&state=guess").status, 403U);
    auto tampered = client();
    EXPECT_EQ(single_sign_on(tampered, true).status, 403U) << "PKCE verifier";
    m_provider->set_claims({.groups = {"bolwerk-medewerker"}, .wrong_signature = true});
    auto unsigned_token = client();
    EXPECT_EQ(single_sign_on(unsigned_token).status, 403U) << "signature";
    m_provider->set_claims({.groups = {"bolwerk-medewerker"}, .wrong_nonce = true});
    auto replayed = client();
    EXPECT_EQ(single_sign_on(replayed).status, 403U) << "nonce";
    EXPECT_EQ(must_query("SELECT COUNT(*) FROM sessions").front().int64(0), 0);
}

// Issue #11 item 4: nlohmann's value() threw on a claim of another type and the sign-in
// ended in a 500. A malformed ID token is no credential: 401, and no session.
TEST_P(OidcTest, AClaimOfTheWrongTypeIs401)
{
    nlohmann::json const wrong_types{{"iss", 7}, {"nonce", 1}, {"email", 42}, {"name", nlohmann::json::array()},
        {"groups", "bolwerk-medewerker"}, {"amr", nlohmann::json::object()}};
    for (auto const& [name, value] : wrong_types.items()) {
        m_provider->set_claims({.groups = {"bolwerk-medewerker"}, .overrides = {{name, value}}});
        auto bolwerk = client();
        EXPECT_EQ(single_sign_on(bolwerk).status, 401U) << name;
    }
    EXPECT_EQ(must_query("SELECT COUNT(*) FROM sessions").front().int64(0), 0);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(OidcTest);

TEST(Jwt, RefusesOtherAlgorithmsAndTampering)
{
    auto const token = web::sign_hs256({{"sub", "1"}}, "secret");
    EXPECT_TRUE(web::verify_hs256(token, "secret"));
    EXPECT_FALSE(web::verify_hs256(token, "other"));
    auto const none = web::base64url_encode(R"({"alg":"none"})") + "." + web::base64url_encode(R"({"sub":"1"})") + ".";
    EXPECT_FALSE(web::verify_hs256(none, "secret"));
    auto tampered = token;
    tampered[tampered.find('.') + 2] ^= 1;
    EXPECT_FALSE(web::verify_hs256(tampered, "secret"));
}

} // namespace
} // namespace bolwerk::testing
