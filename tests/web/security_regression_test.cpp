// Regression tests for issue #10 (security probe of `bolwerk serve`), items 1, 3, 5, 7
// and 10, over real HTTP on both backends. Each test fails without its fix.
#include "app/assessment/assessment_service.hpp"
#include "app/catalog_service.hpp"
#include "app/login_csrf.hpp"
#include "support/multipart_body.hpp"
#include "support/web_test.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::testing {
namespace {

using Json = nlohmann::json;

bool contains(std::string const& text, std::string_view part) { return text.find(part) != std::string::npos; }

// Text that is not UTF-8, as the probe sent it: two bytes that never occur, an overlong
// '/', a surrogate, a cut-off euro sign, overlong three- and four-byte forms, and a code
// point beyond U+10FFFF.
std::vector<std::string> const invalid_utf8{
    "\xFF\xFE", "\xC0\xAF", "\xED\xA0\x80", "\xE2\x82", "\xE0\x80\xAF", "\xF0\x80\x80\xAF", "\xF4\x90\x80\x80"};

class Issue10Test : public WebTest {
protected:
    void SetUp() override
    {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        m_own = make_organisation("Gemeente Eigen");
        m_other = make_organisation("Gemeente Ander");
        make_user("ciso@test.nl", m_own, domain::Role::Ciso);
        make_user("beheerder@test.nl", m_own, domain::Role::Beheerder);
        make_user("auditor@test.nl", m_own, domain::Role::Auditor);
        make_user("elders@test.nl", m_other, domain::Role::Ciso);
    }

    std::string base() const { return "/organisaties/" + m_own.to_string(); }
    std::string api() const { return "/api/v1/organisations/" + m_own.to_string(); }

    static std::vector<std::pair<std::string, std::string>> api_headers(
        Browser const& browser, std::string const& type = "application/json")
    {
        return {{"X-CSRF-Token", browser.csrf}, {"Content-Type", type}};
    }

    OrganisationId m_own{0};
    OrganisationId m_other{0};
};

// ---- Item 1: header injection through GET /taal/{language}?terug= ----

class Issue10HeaderInjection : public Issue10Test { };

TEST_P(Issue10HeaderInjection, ALineBreakInTheReturnTargetSetsNoCookieAndSplitsNothing)
{
    auto http = client(); // no sign-in needed
    for (std::string const target : {"%2F%0D%0ASet-Cookie%3A%20pwn%3D1", "%2F%0ASet-Cookie%3A%20pwn%3D1",
             "%2F%0D%0A%0D%0A%3Chtml%3Esplit%3C%2Fhtml%3E", "%2F%0DSet-Cookie%3A%20pwn%3D1", "%2F%00pwn",
             "%2Faccount%0D%0ASet-Cookie%3A%20bolwerk_login_csrf%3Dplanted"}) {
        auto const reply = http.get("/taal/nl?terug=" + target);
        EXPECT_EQ(reply.status, 303U) << target;
        EXPECT_EQ(reply.header("location"), "/") << target;
        auto const cookies = reply.headers_named("set-cookie");
        ASSERT_EQ(cookies.size(), 1U) << target;
        EXPECT_TRUE(cookies[0].starts_with("bolwerk_lang=nl;")) << cookies[0];
        for (auto const& [name, value] : reply.headers) {
            EXPECT_FALSE(contains(name, "pwn") || contains(value, "pwn") || contains(value, "planted")) << target;
            EXPECT_NE(name, "html") << target;
        }
        EXPECT_FALSE(contains(reply.body, "split")) << target;
    }
    EXPECT_FALSE(http.cookies().contains("pwn"));
}

// ---- Item 3: open redirect through the same parameter ----

class Issue10OpenRedirect : public Issue10Test { };

TEST_P(Issue10OpenRedirect, OnlyPagesOfThisSiteAreRedirectTargets)
{
    auto http = client();
    for (auto const& target : std::vector<std::string>{"%2F%09%2Fevil.example", "%09%2F%2Fevil.example",
             "%2F%2Fevil.example", "%2F%5Cevil.example", "https%3A%2F%2Fevil.example", "%2F%20%2Fevil.example",
             "javascript%3Aalert(1)", "%2F%250D%250A", "%2Fbestaat-niet", "%2Fapi%2Fv1%2Fopenapi.json",
             "%2Fstatic%2Fbolwerk.css", "", "%2Faccount%23%2F%2Fevil.example", "%2F" + std::string(3000, 'a')}) {
        auto const reply = http.get("/taal/en?terug=" + target);
        EXPECT_EQ(reply.status, 303U) << target;
        EXPECT_EQ(reply.header("location"), "/") << target;
    }
    for (auto const& page :
        std::vector<std::string>{"/account", "/inloggen", base() + "/risicos", base() + "/risicos?pagina=2"}) {
        auto const reply = http.get("/taal/en?terug=" + web::percent_encode(page));
        EXPECT_EQ(reply.header("location"), page) << page;
    }
}

// ---- Item 5: spreadsheet formulas in CSV exports ----

class Issue10CsvFormulaInjection : public Issue10Test { };

TEST_P(Issue10CsvFormulaInjection, RiskRegisterGuardsFormulasAndImportsBackUnchanged)
{
    auto ciso = sign_in("ciso@test.nl");
    Json const risk{{"title", "@SUM(1+1)*cmd|' /C calc'!A0"}, {"owner", "=HYPERLINK(\"http://evil.example\",\"x\")"},
        {"threat", "-2+3"}, {"vulnerability", "+31 6 12345678"}, {"inherent_likelihood", 3},
        {"inherent_impacts", {{"financieel", 4}}}, {"treatment", "accepteren"}};
    auto const created = ciso.http.send("POST", api() + "/risks", risk.dump(), api_headers(ciso));
    ASSERT_EQ(created.status, 201U) << created.body;

    auto const csv = ciso.http.get(base() + "/risicos.csv");
    ASSERT_EQ(csv.status, 200U);
    // Columns id, title, threat, vulnerability, owner: each guarded, the owner also quoted.
    EXPECT_TRUE(contains(csv.body,
        ",'@SUM(1+1)*cmd|' /C calc'!A0,'-2+3,'+31 6 12345678,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\","))
        << csv.body;
    for (auto const* unguarded : {",=", ",+", ",-", ",@", ",\"=", ",\"@"})
        EXPECT_FALSE(contains(csv.body, unguarded)) << unguarded;

    // Export → import gives the same text back, without the apostrophes.
    auto const imported = ciso.http.send("POST", api() + "/risks/import", csv.body, api_headers(ciso, "text/csv"));
    ASSERT_EQ(imported.status, 200U) << imported.body;
    auto const list = Json::parse(ciso.http.get(api() + "/risks").body);
    ASSERT_EQ(list["total"], 2);
    for (auto const& item : list["items"]) {
        EXPECT_EQ(item["title"], risk["title"]);
        EXPECT_EQ(item["owner"], risk["owner"]);
        EXPECT_EQ(item["threat"], risk["threat"]);
        EXPECT_EQ(item["vulnerability"], risk["vulnerability"]);
    }
}

TEST_P(Issue10CsvFormulaInjection, VvtCsvOfThePageAndTheApiGuardsFormulas)
{
    auto catalogs = app::CatalogService::create(database(), m_clock);
    ASSERT_TRUE(catalogs);
    app::AssessmentService assessments(database(), m_clock, *catalogs);
    domain::assessment::MeasureAnswer answer{.measure = domain::catalog::MeasureNumber::parse("5.17.01").value()};
    answer.owner = "=cmd|' /C calc'!A0";
    auto const saved = assessments.save_measure(m_operator, m_own, answer, 0);
    ASSERT_TRUE(saved) << saved.error().to_string();

    auto ciso = sign_in("ciso@test.nl");
    auto const page = ciso.http.get(base() + "/vvt/export/csv");
    auto const through_api = ciso.http.get(api() + "/vvt/export?format=csv");
    for (auto const* reply : {&page, &through_api}) {
        ASSERT_EQ(reply->status, 200U) << reply->body;
        EXPECT_TRUE(contains(reply->body, ",'=cmd|' /C calc'!A0,")) << reply->body.substr(0, 2000);
        EXPECT_FALSE(contains(reply->body, ",=cmd"));
    }
}

// ---- Item 7: text that is not UTF-8 in a request ----

class Issue10InvalidUtf8 : public Issue10Test { };

TEST_P(Issue10InvalidUtf8, FormFieldIs400NamingTheField)
{
    auto ciso = sign_in("ciso@test.nl");
    for (auto const& bad : invalid_utf8) {
        auto const reply = ciso.http.post_form(base() + "/systemen",
            {{"name", "Zaaksysteem " + bad}, {"owner", "CIO"}, {"availability", "laag"}, {"integrity", "laag"},
                {"confidentiality", "midden"}, {"csrf", ciso.csrf}});
        EXPECT_EQ(reply.status, 400U) << reply.body;
        EXPECT_TRUE(contains(reply.body, "UTF-8")) << reply.body;
        EXPECT_TRUE(contains(reply.body, ": name")) << reply.body;
    }
    auto const list = ciso.http.get(base() + "/systemen");
    EXPECT_FALSE(contains(list.body, "Zaaksysteem")) << "nothing was stored";
    // A field whose name is itself not UTF-8 is named with U+FFFD.
    auto const odd_name = ciso.http.post_form(base() + "/systemen", {{"x\xFF", "1"}, {"csrf", ciso.csrf}});
    EXPECT_EQ(odd_name.status, 400U);
    EXPECT_TRUE(contains(odd_name.body, "x\xEF\xBF\xBD")) << odd_name.body;
}

TEST_P(Issue10InvalidUtf8, SignInFormIs400AfterItsCsrfCheck)
{
    auto http = client();
    auto const form = http.get("/inloggen");
    auto const reply = http.post_form(
        "/inloggen", {{"email", "ciso\xC0\xAF@test.nl"}, {"password", "x"}, {"csrf", hidden_csrf(form.body)}});
    EXPECT_EQ(reply.status, 400U) << reply.body;
    EXPECT_TRUE(contains(reply.body, ": email")) << reply.body;
}

TEST_P(Issue10InvalidUtf8, QueryAndPathParametersAre400)
{
    auto ciso = sign_in("ciso@test.nl");
    auto const page = ciso.http.get(base() + "/risicos?eigenaar=%ED%A0%80");
    EXPECT_EQ(page.status, 400U) << page.body;
    EXPECT_TRUE(contains(page.body, ": eigenaar")) << page.body;
    auto const api_query = ciso.http.get(api() + "/risks?owner=%FF%FE");
    ASSERT_EQ(api_query.status, 400U) << api_query.body;
    EXPECT_EQ(api_query.header("content-type"), "application/problem+json");
    EXPECT_EQ(Json::parse(api_query.body)["field"], "owner");
    auto const path = ciso.http.get("/organisaties/%E2%82");
    EXPECT_EQ(path.status, 400U) << path.body;
    EXPECT_TRUE(contains(path.body, ": organisation")) << path.body;
    // Language switch without a session: no redirect made of the bad bytes either.
    EXPECT_EQ(client().get("/taal/nl?terug=%2F%C0%AF").status, 400U);
}

TEST_P(Issue10InvalidUtf8, MultipartTitleAndFileNameAre400)
{
    auto ciso = sign_in("ciso@test.nl");
    auto const upload = [&](std::string const& title, std::string const& file_name, std::string const& path,
                            bool api_call) {
        std::vector<std::pair<std::string, std::string>> fields{
            {"kind", "bestand"}, {"title", title}, {"effective_on", "2026-09-01"}, {"target", "5.17.01"}};
        if (!api_call)
            fields.emplace_back("csrf", ciso.csrf);
        auto headers = api_call ? api_headers(ciso, multipart_type)
                                : std::vector<std::pair<std::string, std::string>>{{"Content-Type", multipart_type}};
        return ciso.http.send("POST", path, multipart_body(fields, {{"file", file_name, "Logboek"}}), headers);
    };
    for (auto const& bad : invalid_utf8) {
        auto const title = upload("Rapport " + bad, "rapport.txt", base() + "/bewijs", false);
        EXPECT_EQ(title.status, 400U) << title.body;
        EXPECT_TRUE(contains(title.body, ": title")) << title.body;
        auto const file = upload("Rapport", "rapport" + bad + ".txt", base() + "/bewijs", false);
        EXPECT_EQ(file.status, 400U) << file.body;
        EXPECT_TRUE(contains(file.body, ": file")) << file.body;
        auto const through_api = upload("Rapport " + bad, "rapport.txt", api() + "/evidence", true);
        ASSERT_EQ(through_api.status, 400U) << through_api.body;
        EXPECT_EQ(Json::parse(through_api.body)["field"], "title");
    }
    EXPECT_EQ(Json::parse(ciso.http.get(api() + "/evidence").body)["items"].size(), 0U) << "nothing was stored";
}

TEST_P(Issue10InvalidUtf8, JsonBodyIs400)
{
    auto ciso = sign_in("ciso@test.nl");
    auto const reply = ciso.http.send("POST", api() + "/risks",
        "{\"title\":\"\xFF\xFE\",\"owner\":\"CIO\",\"inherent_likelihood\":2,\"inherent_impacts\":{\"financieel\":2}}",
        api_headers(ciso));
    EXPECT_EQ(reply.status, 400U) << reply.body;
}

// ---- Item 10 (a): the sign-in form's CSRF token is issued by the server ----

class Issue10LoginCsrf : public Issue10Test {
protected:
    HttpReply sign_in_with(HttpClient& http, std::string const& token)
    {
        return http.post_form(
            "/inloggen", {{"email", "ciso@test.nl"}, {"password", std::string(password)}, {"csrf", token}});
    }
};

TEST_P(Issue10LoginCsrf, APairTheClientChoseIsRefused)
{
    auto http = client();
    std::string const chosen(43, 'A');
    http.cookies()["bolwerk_login_csrf"] = chosen;
    auto const reply = sign_in_with(http, chosen);
    EXPECT_EQ(reply.status, 403U);
    EXPECT_FALSE(http.cookies().contains("bolwerk_session"));
    // The form replaces a planted cookie instead of echoing it.
    auto const form = http.get("/inloggen");
    EXPECT_NE(hidden_csrf(form.body), chosen);
    EXPECT_NE(http.cookies()["bolwerk_login_csrf"], chosen);
    EXPECT_EQ(sign_in_with(http, hidden_csrf(form.body)).status, 303U);
}

TEST_P(Issue10LoginCsrf, AnIssuedTokenExpiresAndATamperedOneIsRefused)
{
    auto http = client();
    auto const token = hidden_csrf(http.get("/inloggen").body);
    auto tampered = token;
    tampered.back() = tampered.back() == '0' ? '1' : '0';
    http.cookies()["bolwerk_login_csrf"] = tampered;
    EXPECT_EQ(sign_in_with(http, tampered).status, 403U);
    http.cookies()["bolwerk_login_csrf"] = token;
    m_clock.advance(app::LoginCsrf::lifetime + std::chrono::minutes(1));
    EXPECT_EQ(sign_in_with(http, token).status, 403U);
}

TEST_P(Issue10LoginCsrf, AnotherNodeOnTheSameDatabaseAcceptsTheToken)
{
    auto http = client();
    // The form carries the token masked (BREACH, issue #12 item 6), the cookie as it is.
    auto const field = hidden_csrf(http.get("/inloggen").body);
    auto const token = http.cookies()["bolwerk_login_csrf"];
    ASSERT_FALSE(field.empty());
    ASSERT_FALSE(token.empty());
    auto other_node = web::Application::create(database(), m_clock, {.resource_root = BOLWERK_SOURCE_DIR});
    ASSERT_TRUE(other_node) << other_node.error().to_string();
    web::Request request;
    request.method = "POST";
    request.path = "/inloggen";
    request.remote_address = "127.0.0.1";
    request.headers
        = {{"cookie", "bolwerk_login_csrf=" + token}, {"content-type", "application/x-www-form-urlencoded"}};
    request.body = encode_form({{"email", "ciso@test.nl"}, {"password", std::string(password)}, {"csrf", field}});
    EXPECT_EQ((*other_node)->handle(request).status, 303U);
}

// ---- Item 10 (b): adding a member tells nothing about accounts elsewhere ----

class Issue10MemberEnumeration : public Issue10Test { };

TEST_P(Issue10MemberEnumeration, AnAddressWithAnAccountElsewhereIsAnsweredAsIfInvited)
{
    auto beheerder = sign_in("beheerder@test.nl");
    auto const add = [&](std::string const& email) {
        return beheerder.http.post_form(base() + "/gebruikers",
            {{"display_name", "Nieuwe collega"}, {"email", email}, {"password", "een ander lang wachtwoord"},
                {"role", "medewerker"}, {"csrf", beheerder.csrf}});
    };
    auto const fresh = add("nieuw@test.nl");
    auto const existing = add("elders@test.nl");
    EXPECT_EQ(existing.status, fresh.status);
    EXPECT_EQ(existing.status, 303U) << existing.body;
    EXPECT_EQ(existing.header("location"), fresh.header("location"));
    EXPECT_EQ(existing.body, fresh.body);

    // Nothing changed for the account in the other organisation: same password, no new role.
    app::SessionService sessions(database(), m_clock, {});
    auto const signed_in = sessions.sign_in("elders@test.nl", password, "127.0.0.1", "nl");
    ASSERT_TRUE(signed_in);
    EXPECT_EQ(signed_in->status, app::SignIn::Status::SignedIn);
    auto const members = beheerder.http.get(base() + "/gebruikers");
    EXPECT_TRUE(contains(members.body, "nieuw@test.nl"));
    EXPECT_FALSE(contains(members.body, "elders@test.nl"));

    // A member of this organisation is shown on the page anyway: that conflict may say so.
    EXPECT_EQ(add("auditor@test.nl").status, 409U);
}

// ---- Item 10 (c): HSTS behind a TLS proxy ----

class Issue10Hsts : public Issue10Test {
protected:
    void configure(web::WebConfig& config) override { config.secure_cookies = true; }
};

TEST_P(Issue10Hsts, SecureCookiesAddStrictTransportSecurity)
{
    for (auto const* target : {"/healthz", "/inloggen", "/static/bolwerk.css", "/bestaat-niet"}) {
        auto const reply = client().get(target);
        EXPECT_EQ(reply.header("strict-transport-security"), "max-age=31536000; includeSubDomains") << target;
    }
}

TEST_P(Issue10HeaderInjection, PlainHttpWithoutSecureCookiesHasNoHsts)
{
    EXPECT_FALSE(client().get("/healthz").header("strict-transport-security"));
}

// ---- Item 10 (d): an uploaded HTML file is recorded as HTML ----

class Issue10HtmlUpload : public Issue10Test { };

TEST_P(Issue10HtmlUpload, IsRecordedAsTextHtmlAndServedAsAnAttachment)
{
    auto ciso = sign_in("ciso@test.nl");
    auto const body = multipart_body({{"title", "Pagina"}, {"effective_on", "2026-09-01"}, {"target", "5.17.01"}},
        {{"file", "pagina.html", "<!DOCTYPE html><html><script>alert(1)</script></html>"}});
    auto const uploaded = ciso.http.send("POST", api() + "/evidence", body, api_headers(ciso, multipart_type));
    ASSERT_EQ(uploaded.status, 201U) << uploaded.body;
    auto const item = Json::parse(uploaded.body);
    EXPECT_EQ(item["current"]["media_type"], "text/html");
    auto const download
        = ciso.http.get(base() + "/bewijs/" + std::to_string(item["id"].get<std::int64_t>()) + "/inhoud");
    ASSERT_EQ(download.status, 200U);
    EXPECT_EQ(download.header("content-type"), "application/octet-stream");
    EXPECT_TRUE(download.header("content-disposition").value_or("").starts_with("attachment;"));
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(Issue10HeaderInjection);
BOLWERK_INSTANTIATE_FOR_BACKENDS(Issue10OpenRedirect);
BOLWERK_INSTANTIATE_FOR_BACKENDS(Issue10CsvFormulaInjection);
BOLWERK_INSTANTIATE_FOR_BACKENDS(Issue10InvalidUtf8);
BOLWERK_INSTANTIATE_FOR_BACKENDS(Issue10LoginCsrf);
BOLWERK_INSTANTIATE_FOR_BACKENDS(Issue10MemberEnumeration);
BOLWERK_INSTANTIATE_FOR_BACKENDS(Issue10Hsts);
BOLWERK_INSTANTIATE_FOR_BACKENDS(Issue10HtmlUpload);

} // namespace
} // namespace bolwerk::testing
