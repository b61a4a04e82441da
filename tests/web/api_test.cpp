#include "support/web_test.hpp"

#include "common/text.hpp"
#include "web/route_table.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::testing {
namespace {

class ApiTest : public WebTest {
protected:
    void SetUp() override
    {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        m_own = make_organisation("Gemeente Eigen");
        m_second = make_organisation("Gemeente Tweede");
        m_other = make_organisation("Gemeente Ander");
        make_user("beheerder@test.nl", m_own, domain::Role::Beheerder);
        make_user("medewerker@test.nl", m_own, domain::Role::Medewerker);
        app::AccountService accounts(database(), m_clock, m_no_common_passwords);
        auto const user = accounts.find_by_email(m_operator, "medewerker@test.nl");
        ASSERT_TRUE(accounts.grant_role(m_operator, user->id, {m_second, domain::Role::Medewerker}));
    }

    std::string url(OrganisationId id, std::string const& rest = "")
    {
        return "/api/v1/organisations/" + id.to_string() + rest;
    }

    OrganisationId m_own{0};
    OrganisationId m_second{0};
    OrganisationId m_other{0};
};

TEST_P(ApiTest, OpenApiDocumentDescribesEveryApiRoute)
{
    auto http = client();
    auto const reply = http.get("/api/v1/openapi.json");
    ASSERT_EQ(reply.status, 200U);
    auto const document = nlohmann::json::parse(reply.body);
    EXPECT_EQ(document["openapi"], "3.1.0");
    for (auto const& route : web::route_table()) {
        if (!route.pattern.starts_with("/api/v1/"))
            continue;
        auto const method = to_ascii_lower(web::to_string(route.method));
        auto const& operation = document["paths"][std::string(route.pattern)][method];
        EXPECT_EQ(operation["summary"], route.summary) << route.pattern;
        if (!route.permission.empty()) {
            EXPECT_EQ(operation["x-permission"], route.permission) << route.pattern;
        }
    }
}

TEST_P(ApiTest, WithoutCredentialsTheAnswerIs401Problem)
{
    auto http = client();
    auto const reply = http.get(url(m_own));
    EXPECT_EQ(reply.status, 401U);
    EXPECT_EQ(reply.header("content-type"), "application/problem+json");
    EXPECT_EQ(nlohmann::json::parse(reply.body)["status"], 401);
    EXPECT_EQ(http.get("/api/v1/organisations", {{"Authorization", "Bearer bwk_unknown"}}).status, 401U);
}

TEST_P(ApiTest, ListsOnlyOwnOrganisationsInPages)
{
    auto browser = sign_in("medewerker@test.nl");
    auto const first = nlohmann::json::parse(browser.http.get("/api/v1/organisations?limit=1").body);
    EXPECT_EQ(first["total"], 2);
    ASSERT_EQ(first["items"].size(), 1U);
    ASSERT_TRUE(first.contains("next"));
    auto const second = nlohmann::json::parse(browser.http.get(first["next"].get<std::string>()).body);
    EXPECT_EQ(second["items"].size(), 1U);
    EXPECT_FALSE(second.contains("next"));
    auto const bad = browser.http.get("/api/v1/organisations?limit=1000");
    EXPECT_EQ(bad.status, 400U);
    EXPECT_EQ(nlohmann::json::parse(bad.body)["field"], "limit");
}

TEST_P(ApiTest, UpdatesNeedIfMatchAndAStaleOneChangesNothing)
{
    auto browser = sign_in("beheerder@test.nl");
    auto const csrf = std::pair<std::string, std::string>{"X-CSRF-Token", browser.csrf};
    auto const json = std::pair<std::string, std::string>{"Content-Type", "application/json"};
    auto const got = browser.http.get(url(m_own));
    ASSERT_EQ(got.status, 200U);
    auto const etag = got.header("etag").value_or("");
    EXPECT_EQ(etag, "\"v1\"");
    EXPECT_EQ(browser.http.send("PATCH", url(m_own), R"({"name":"A"})", {csrf, json}).status, 428U);
    auto const updated
        = browser.http.send("PATCH", url(m_own), R"({"name":"Gemeente Nieuw"})", {csrf, json, {"If-Match", etag}});
    ASSERT_EQ(updated.status, 200U) << updated.body;
    EXPECT_EQ(updated.header("etag"), "\"v2\"");
    auto const stale
        = browser.http.send("PATCH", url(m_own), R"({"name":"Gemeente Oud"})", {csrf, json, {"If-Match", etag}});
    EXPECT_EQ(stale.status, 412U);
    EXPECT_EQ(nlohmann::json::parse(browser.http.get(url(m_own)).body)["name"], "Gemeente Nieuw");
}

TEST_P(ApiTest, ProblemsNameTheWrongField)
{
    auto browser = sign_in("beheerder@test.nl");
    std::vector<std::pair<std::string, std::string>> const headers{
        {"X-CSRF-Token", browser.csrf}, {"Content-Type", "application/json"}, {"If-Match", "\"v1\""}};
    struct Case {
        std::string body;
        std::string field;
    };
    for (auto const& test : {Case{R"({"name":42})", "name"}, Case{R"({"oin":"123"})", "oin"},
             Case{R"({"kind":"bakkerij"})", "kind"}, Case{R"({"name":""})", "name"}}) {
        auto const reply = browser.http.send("PATCH", url(m_own), test.body, headers);
        EXPECT_EQ(reply.status, 400U) << test.body;
        EXPECT_EQ(reply.header("content-type"), "application/problem+json");
        EXPECT_EQ(nlohmann::json::parse(reply.body)["field"], test.field) << reply.body;
    }
    EXPECT_EQ(browser.http.send("PATCH", url(m_own), "not json", headers).status, 400U);
}

TEST_P(ApiTest, SessionCallsWithoutCsrfHeaderAreRefused)
{
    auto browser = sign_in("beheerder@test.nl");
    auto const reply = browser.http.send(
        "PATCH", url(m_own), R"({"name":"X"})", {{"Content-Type", "application/json"}, {"If-Match", "\"v1\""}});
    EXPECT_EQ(reply.status, 403U);
}

TEST_P(ApiTest, TokensAreScopedToOneOrganisationAndRoleAndExpire)
{
    auto browser = sign_in("beheerder@test.nl");
    auto const created
        = browser.http.send("POST", url(m_own, "/api-tokens"), R"({"name":"CI","role":"auditor","valid_days":1})",
            {{"X-CSRF-Token", browser.csrf}, {"Content-Type", "application/json"}});
    ASSERT_EQ(created.status, 201U) << created.body;
    auto const token = nlohmann::json::parse(created.body)["token"].get<std::string>();
    EXPECT_EQ(must_query("SELECT COUNT(*) FROM api_tokens WHERE token_hash = $1", {token}).front().int64(0), 0)
        << "only the digest is stored";
    auto bot = client();
    std::vector<std::pair<std::string, std::string>> const bearer{{"Authorization", "Bearer " + token}};
    EXPECT_EQ(bot.get(url(m_own, "/audit-events"), bearer).status, 200U);
    EXPECT_EQ(bot.send("PATCH", url(m_own), R"({"name":"X"})", {bearer[0], {"If-Match", "\"v1\""}}).status, 403U)
        << "the token has the auditor role only";
    EXPECT_EQ(bot.get(url(m_other), bearer).status, 404U);
    EXPECT_EQ(bot.get(url(m_second), bearer).status, 404U) << "scoped to one organisation";
    m_clock.advance(std::chrono::hours(25));
    EXPECT_EQ(bot.get(url(m_own, "/audit-events"), bearer).status, 401U) << "expired";
}

TEST_P(ApiTest, RevokedTokenIsRefused)
{
    auto browser = sign_in("beheerder@test.nl");
    std::vector<std::pair<std::string, std::string>> const headers{
        {"X-CSRF-Token", browser.csrf}, {"Content-Type", "application/json"}};
    auto const created = nlohmann::json::parse(
        browser.http.send("POST", url(m_own, "/api-tokens"), R"({"name":"CI","role":"medewerker"})", headers).body);
    auto const bearer
        = std::pair<std::string, std::string>{"Authorization", "Bearer " + created["token"].get<std::string>()};
    auto bot = client();
    EXPECT_EQ(bot.get(url(m_own), {bearer}).status, 200U);
    auto const id = std::to_string(created["id"].get<std::int64_t>());
    EXPECT_EQ(browser.http.send("DELETE", url(m_own, "/api-tokens/" + id), "", headers).status, 204U);
    EXPECT_EQ(bot.get(url(m_own), {bearer}).status, 401U);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(ApiTest);

} // namespace
} // namespace bolwerk::testing
