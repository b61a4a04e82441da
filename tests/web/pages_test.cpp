#include "support/web_test.hpp"

#include <nlohmann/json.hpp>

#include <regex>

namespace bolwerk::testing {
namespace {

class PagesTest : public WebTest {
protected:
    void SetUp() override
    {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        m_own = make_organisation("Gemeente Eigen");
        m_other = make_organisation("Gemeente Ander");
        make_user("medewerker@test.nl", m_own, domain::Role::Medewerker);
        make_user("beheerder@test.nl", m_own, domain::Role::Beheerder);
        make_user("auditor@test.nl", m_own, domain::Role::Auditor);
    }

    /// Signs in through the real form; returns the reply to the POST.
    HttpReply form_sign_in(HttpClient& http, std::string const& email, std::string const& secret)
    {
        auto const form = http.get("/inloggen");
        return http.post_form("/inloggen", {{"email", email}, {"password", secret}, {"csrf", hidden_csrf(form.body)}});
    }

    OrganisationId m_own{0};
    OrganisationId m_other{0};
};

TEST_P(PagesTest, SignInSetsAHardenedSessionCookieAndShowsTheOrganisation)
{
    auto http = client();
    auto const reply = form_sign_in(http, "medewerker@test.nl", std::string(password));
    ASSERT_EQ(reply.status, 303U) << reply.body;
    bool found = false;
    for (auto const& cookie : reply.headers_named("set-cookie")) {
        if (!cookie.starts_with("bolwerk_session="))
            continue;
        found = true;
        EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
        EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
    }
    EXPECT_TRUE(found);
    auto const home = http.get("/organisaties/" + m_own.to_string());
    EXPECT_EQ(home.status, 200U);
    EXPECT_NE(home.body.find("Gemeente Eigen"), std::string::npos);
    EXPECT_NE(home.body.find("Naar de inhoud"), std::string::npos) << "skip link";
    EXPECT_NE(access_log().find("\"user\":"), std::string::npos);
}

TEST_P(PagesTest, WrongPasswordAndUnknownAccountGiveTheSameAnswer)
{
    auto http = client();
    auto const wrong = form_sign_in(http, "medewerker@test.nl", "not the password");
    auto const unknown = form_sign_in(http, "niemand@test.nl", std::string(password));
    EXPECT_EQ(wrong.status, 401U);
    EXPECT_EQ(unknown.status, 401U);
    EXPECT_NE(wrong.body.find("De combinatie van e-mailadres en wachtwoord is onjuist."), std::string::npos);
    EXPECT_NE(unknown.body.find("De combinatie van e-mailadres en wachtwoord is onjuist."), std::string::npos);
}

TEST_P(PagesTest, SignInIsThrottled)
{
    auto http = client();
    // Issue #10: per account and address; see auth_security_test.cpp for the rest.
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(form_sign_in(http, "medewerker@test.nl", "not the password").status, 401U);
    auto const throttled = form_sign_in(http, "medewerker@test.nl", std::string(password));
    EXPECT_EQ(throttled.status, 429U);
    EXPECT_EQ(throttled.header("set-cookie").value_or("").find("bolwerk_session="), std::string::npos);
}

TEST_P(PagesTest, SignInWithoutOrWithWrongCsrfTokenIsRefused)
{
    auto http = client();
    http.get("/inloggen");
    auto const missing = http.post_form("/inloggen", {{"email", "medewerker@test.nl"}, {"password", "x"}});
    EXPECT_EQ(missing.status, 403U);
    auto const wrong = http.post_form(
        "/inloggen", {{"email", "medewerker@test.nl"}, {"password", std::string(password)}, {"csrf", "forged"}});
    EXPECT_EQ(wrong.status, 403U);
}

TEST_P(PagesTest, StateChangesWithoutTheSessionCsrfTokenAreRefused)
{
    auto browser = sign_in("beheerder@test.nl");
    auto const target = "/organisaties/" + m_own.to_string();
    std::vector<std::pair<std::string, std::string>> fields{
        {"name", "Gemeente Gewijzigd"}, {"kind", "gemeente"}, {"version", "1"}};
    EXPECT_EQ(browser.http.post_form(target, fields).status, 403U);
    fields.emplace_back("csrf", "wrong-token");
    EXPECT_EQ(browser.http.post_form(target, fields).status, 403U);
    EXPECT_NE(browser.http.get(target).body.find("Gemeente Eigen"), std::string::npos) << "nothing changed";
    fields.back().second = browser.csrf;
    auto const saved = browser.http.post_form(target, fields);
    EXPECT_EQ(saved.status, 200U) << saved.body;
    EXPECT_NE(saved.body.find("Gemeente Gewijzigd"), std::string::npos);
}

TEST_P(PagesTest, SessionFixationIsImpossible)
{
    auto http = client();
    http.cookies()["bolwerk_session"] = "attacker-chosen-session-id";
    EXPECT_EQ(http.get("/account").status, 303U) << "an unknown id is not a session";
    ASSERT_EQ(form_sign_in(http, "medewerker@test.nl", std::string(password)).status, 303U);
    EXPECT_NE(http.cookies()["bolwerk_session"], "attacker-chosen-session-id");
    auto attacker = client();
    attacker.cookies()["bolwerk_session"] = "attacker-chosen-session-id";
    EXPECT_EQ(attacker.get("/account").status, 303U);
}

TEST_P(PagesTest, XssPayloadsAreShownAsText)
{
    auto browser = sign_in("beheerder@test.nl");
    auto const payload = std::string("<script>alert('x')</script>\"><img src=x onerror=alert(1)>");
    auto const saved = browser.http.post_form("/organisaties/" + m_own.to_string(),
        {{"name", payload}, {"kind", "gemeente"}, {"version", "1"}, {"csrf", browser.csrf}});
    ASSERT_EQ(saved.status, 200U) << saved.body;
    for (auto const& page : {saved.body, browser.http.get("/organisaties/" + m_own.to_string()).body}) {
        EXPECT_EQ(page.find("<script>alert"), std::string::npos);
        EXPECT_EQ(page.find("<img src=x"), std::string::npos);
        EXPECT_NE(page.find("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;"), std::string::npos);
    }
    auto const members = browser.http.post_form("/organisaties/" + m_own.to_string() + "/gebruikers",
        {{"display_name", payload}, {"email", "xss@test.nl"}, {"password", std::string(password)},
            {"role", "medewerker"}, {"csrf", browser.csrf}});
    auto const list = browser.http.get("/organisaties/" + m_own.to_string() + "/gebruikers");
    EXPECT_EQ(list.body.find("<script>alert"), std::string::npos);
    EXPECT_NE(list.body.find("&lt;script&gt;"), std::string::npos);
}

TEST_P(PagesTest, SqlMetacharactersAreData)
{
    auto http = client();
    EXPECT_EQ(form_sign_in(http, "' OR '1'='1' --", "' OR '1'='1").status, 401U);
    auto browser = sign_in("beheerder@test.nl");
    std::string const name = "Gemeente '; DROP TABLE users; --";
    auto const saved = browser.http.post_form("/organisaties/" + m_own.to_string(),
        {{"name", name}, {"kind", "gemeente"}, {"version", "1"}, {"csrf", browser.csrf}});
    ASSERT_EQ(saved.status, 200U);
    EXPECT_NE(saved.body.find("Gemeente &apos;; DROP TABLE users; --"), std::string::npos);
    EXPECT_EQ(must_query("SELECT COUNT(*) FROM users").front().int64(0), 3);
    EXPECT_EQ(browser.http.get("/organisaties/1%27%20OR%201=1").status, 404U);
    EXPECT_EQ(browser.http.get("/organisaties/" + m_own.to_string() + "/audit?na=1%27%3B--").status, 200U);
}

TEST_P(PagesTest, AnotherOrganisationIsNotFound)
{
    auto browser = sign_in("beheerder@test.nl");
    auto const base = "/organisaties/" + m_other.to_string();
    for (auto const& path : {base, base + "/gebruikers", base + "/audit", base + "/audit.csv", base + "/audit.json"})
        EXPECT_EQ(browser.http.get(path).status, 404U) << path;
    EXPECT_EQ(
        browser.http
            .post_form(base, {{"name", "Overgenomen"}, {"kind", "gemeente"}, {"version", "1"}, {"csrf", browser.csrf}})
            .status,
        404U);
    EXPECT_EQ(browser.http.get("/organisaties/999999").status, 404U);
}

TEST_P(PagesTest, PrivilegedRoleIsSentToMfaEnrolmentAndThenGetsIn)
{
    auto http = client();
    ASSERT_EQ(form_sign_in(http, "beheerder@test.nl", std::string(password)).status, 303U);
    auto const blocked = http.get("/organisaties/" + m_own.to_string());
    EXPECT_EQ(blocked.status, 303U);
    EXPECT_EQ(blocked.header("location"), "/account/mfa");
    auto const enrolment = http.get("/account/mfa");
    ASSERT_EQ(enrolment.status, 200U);
    EXPECT_NE(enrolment.body.find("<svg"), std::string::npos);
    auto const secret = must_query("SELECT totp_secret FROM users WHERE email = 'beheerder@test.nl'").front().text(0);
    auto const confirmed = http.post_form(
        "/account/mfa", {{"code", app::totp_code(secret, m_clock.now())}, {"csrf", hidden_csrf(enrolment.body)}});
    ASSERT_EQ(confirmed.status, 200U) << confirmed.body;
    EXPECT_NE(confirmed.body.find("recovery-codes"), std::string::npos);
    EXPECT_EQ(http.get("/organisaties/" + m_own.to_string()).status, 200U);

    // The next sign-in asks for the code; the used one is refused.
    auto again = client();
    ASSERT_EQ(form_sign_in(again, "beheerder@test.nl", std::string(password)).status, 303U);
    EXPECT_EQ(again.get("/account").header("location"), "/inloggen/code");
    auto const form = again.get("/inloggen/code");
    auto const replay = again.post_form(
        "/inloggen/code", {{"code", app::totp_code(secret, m_clock.now())}, {"csrf", hidden_csrf(form.body)}});
    EXPECT_EQ(replay.status, 400U);
    m_clock.advance(std::chrono::seconds(30));
    auto const passed = again.post_form(
        "/inloggen/code", {{"code", app::totp_code(secret, m_clock.now())}, {"csrf", hidden_csrf(form.body)}});
    EXPECT_EQ(passed.status, 303U);
    EXPECT_EQ(again.get("/account").status, 200U);
}

TEST_P(PagesTest, SignOutEndsTheSession)
{
    auto browser = sign_in("medewerker@test.nl");
    auto const token = browser.http.cookies()["bolwerk_session"];
    EXPECT_EQ(browser.http.post_form("/uitloggen", {{"csrf", browser.csrf}}).status, 303U);
    auto replay = client();
    replay.cookies()["bolwerk_session"] = token;
    EXPECT_EQ(replay.get("/account").status, 303U);
}

TEST_P(PagesTest, LanguageSwitchAndNoOpenRedirect)
{
    auto browser = sign_in("medewerker@test.nl");
    auto const switched = browser.http.get("/taal/en?terug=%2Faccount");
    EXPECT_EQ(switched.header("location"), "/account");
    auto const page = browser.http.get("/account");
    EXPECT_NE(page.body.find("<html lang=\"en\""), std::string::npos);
    EXPECT_NE(page.body.find("My account"), std::string::npos);
    for (auto const* evil : {"https%3A%2F%2Fevil.example", "%2F%2Fevil.example", "%2F%5Cevil.example"})
        EXPECT_EQ(browser.http.get(std::string("/taal/nl?terug=") + evil).header("location"), "/") << evil;
}

TEST_P(PagesTest, AuditorExportsTheAuditTrailAndAMedewerkerMayNot)
{
    auto auditor = sign_in("auditor@test.nl");
    auto const base = "/organisaties/" + m_own.to_string();
    auto const csv = auditor.http.get(base + "/audit.csv");
    ASSERT_EQ(csv.status, 200U);
    // Headers in the UI language first, then the raw columns for machines (issue #13 item 5).
    EXPECT_TRUE(csv.body.starts_with("Tijdstip (Nederlandse tijd),Wie,Wat,"));
    EXPECT_NE(csv.body.find(",sequence,occurred_at,actor,action,"), std::string::npos);
    EXPECT_NE(csv.body.find("membership.grant"), std::string::npos);
    auto const json = nlohmann::json::parse(auditor.http.get(base + "/audit.json").body);
    EXPECT_FALSE(json["events"].empty());
    EXPECT_EQ(auditor.http.get(base + "/audit").status, 200U);
    auto medewerker = sign_in("medewerker@test.nl");
    EXPECT_EQ(medewerker.http.get(base + "/audit.csv").status, 403U);
}

TEST_P(PagesTest, BeheerderGrantsAndRevokesRolesOfMembersOnly)
{
    auto const outsider = make_user("buiten@test.nl", m_other, domain::Role::Medewerker);
    auto const medewerker = must_query("SELECT id FROM users WHERE email = 'medewerker@test.nl'").front().int64(0);
    auto browser = sign_in("beheerder@test.nl");
    auto const target = "/organisaties/" + m_own.to_string() + "/rollen";
    auto const granted = browser.http.post_form(target,
        {{"user_id", std::to_string(medewerker)}, {"role", "auditor"}, {"action", "grant"}, {"csrf", browser.csrf}});
    EXPECT_EQ(granted.status, 303U) << granted.body;
    auto const page = browser.http.get("/organisaties/" + m_own.to_string() + "/gebruikers");
    EXPECT_NE(page.body.find("auditor, medewerker"), std::string::npos);
    EXPECT_EQ(browser.http
                  .post_form(target,
                      {{"user_id", std::to_string(medewerker)}, {"role", "auditor"}, {"action", "revoke"},
                          {"csrf", browser.csrf}})
                  .status,
        303U);
    EXPECT_EQ(
        browser.http
            .post_form(target,
                {{"user_id", outsider.to_string()}, {"role", "auditor"}, {"action", "grant"}, {"csrf", browser.csrf}})
            .status,
        404U);
    auto const actions = must_query("SELECT COUNT(*) FROM audit_events WHERE action IN ('membership.grant',"
                                    " 'membership.revoke') AND actor LIKE 'user:%'");
    EXPECT_EQ(actions.front().int64(0), 2);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(PagesTest);

} // namespace
} // namespace bolwerk::testing
