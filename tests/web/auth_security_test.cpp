#include "support/web_test.hpp"

// Issue #10, items 2, 4 and 8, over real HTTP: second-factor limits, sign-in throttling
// per account and address, and renewal of the session id at privilege changes.
namespace bolwerk::testing {
namespace {

bool contains(std::string const& text, std::string_view part) { return text.find(part) != std::string::npos; }

class AuthSecurityTest : public WebTest {
protected:
    void SetUp() override
    {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        m_own = make_organisation("Gemeente Eigen");
        make_users(m_own, {domain::Role::Ciso, domain::Role::Medewerker});
    }

    /// A browser that gave the CISO's password and stands at the code page; `csrf` is the
    /// session's token from that page. The CISO has TOTP (the secret is returned).
    struct HalfSignedIn {
        HttpClient http;
        std::string csrf;
        std::string secret;
    };
    HalfSignedIn half_signed_in(std::string const& secret = {})
    {
        auto totp_secret = secret.empty() ? sign_in("ciso@test.nl").totp_secret : secret;
        auto http = client();
        EXPECT_EQ(sign_in_with_form(http, "ciso@test.nl", std::string(password)).status, 303U);
        auto const page = http.get("/inloggen/code");
        EXPECT_EQ(page.status, 200U);
        return {std::move(http), form_csrf(page.body), std::move(totp_secret)};
    }

    std::string right_code(std::string const& secret) const { return app::totp_code(secret, m_clock.now()); }
    std::string wrong_code(std::string const& secret) const
    {
        return right_code(secret) == "000000" ? "111111" : "000000";
    }

    std::int64_t audit_count(std::string const& action)
    {
        return must_query("SELECT COUNT(*) FROM audit_events WHERE action = $1", {action}).front().int64(0);
    }

    OrganisationId m_own{0};
};

// 500 wrong codes in one session took half a second, and the right code still worked.
TEST_P(AuthSecurityTest, Issue10SecondFactorLimitEndsTheSessionAfterFiveWrongCodes)
{
    auto browser = half_signed_in();
    auto const session = browser.http.cookies()["bolwerk_session"];
    for (int i = 1; i <= 4; ++i) {
        auto const refused
            = browser.http.post_form("/inloggen/code", {{"code", wrong_code(browser.secret)}, {"csrf", browser.csrf}});
        ASSERT_EQ(refused.status, 400U) << i;
    }
    auto const ended
        = browser.http.post_form("/inloggen/code", {{"code", wrong_code(browser.secret)}, {"csrf", browser.csrf}});
    EXPECT_EQ(ended.status, 429U);
    EXPECT_TRUE(contains(ended.body, "Te veel onjuiste codes. Log opnieuw in met uw wachtwoord."));
    auto const cookies = ended.headers_named("set-cookie");
    EXPECT_TRUE(std::any_of(cookies.begin(), cookies.end(), [](std::string const& cookie) {
        return cookie.starts_with("bolwerk_session=") && contains(cookie, "Max-Age=0");
    })) << "the session cookie is cleared";
    EXPECT_EQ(audit_count("session.second_factor_failure"), 5);

    // The right code on the ended session gets nowhere: sign-in starts from the password.
    browser.http.cookies()["bolwerk_session"] = session;
    auto const late
        = browser.http.post_form("/inloggen/code", {{"code", right_code(browser.secret)}, {"csrf", browser.csrf}});
    EXPECT_EQ(late.status, 403U);
    EXPECT_EQ(browser.http.get("/account").header("location"), "/inloggen");
    EXPECT_EQ(audit_count("session.second_factor"), 0);

    // The next session waits (429 with Retry-After) before any code is checked.
    auto again = half_signed_in(browser.secret);
    auto const waiting
        = again.http.post_form("/inloggen/code", {{"code", right_code(again.secret)}, {"csrf", again.csrf}});
    EXPECT_EQ(waiting.status, 429U);
    EXPECT_EQ(waiting.header("retry-after"), "30");
    m_clock.advance(std::chrono::seconds(30));
    auto const passed
        = again.http.post_form("/inloggen/code", {{"code", right_code(again.secret)}, {"csrf", again.csrf}});
    EXPECT_EQ(passed.status, 303U) << passed.body;
}

TEST_P(AuthSecurityTest, Issue10RecoveryCodesCountTowardTheSameLimit)
{
    auto browser = half_signed_in();
    for (int i = 1; i <= 5; ++i) {
        auto const reply = browser.http.post_form(
            "/inloggen/code", {{"code", "aaaa-bbbb-cccc-" + std::to_string(i)}, {"csrf", browser.csrf}});
        ASSERT_EQ(reply.status, i < 5 ? 400U : 429U) << i;
    }
    EXPECT_EQ(audit_count("session.second_factor_failure"), 5);
}

// Item 8: the session id is renewed when the second factor succeeds.
TEST_P(AuthSecurityTest, Issue10SessionIdIsRenewedWhenTheSecondFactorSucceeds)
{
    auto browser = half_signed_in();
    auto const before = browser.http.cookies()["bolwerk_session"];
    auto const passed
        = browser.http.post_form("/inloggen/code", {{"code", right_code(browser.secret)}, {"csrf", browser.csrf}});
    ASSERT_EQ(passed.status, 303U) << passed.body;
    auto const after = browser.http.cookies()["bolwerk_session"];
    EXPECT_FALSE(after.empty());
    EXPECT_NE(after, before);
    EXPECT_EQ(browser.http.get("/account").status, 200U);
    auto stolen = client();
    stolen.cookies()["bolwerk_session"] = before;
    EXPECT_EQ(stolen.get("/account").header("location"), "/inloggen") << "the id from before is dead";
}

// Item 8: and when MFA enrolment completes the session.
TEST_P(AuthSecurityTest, Issue10SessionIdIsRenewedWhenEnrolmentCompletes)
{
    make_user("beheerder@test.nl", m_own, domain::Role::Beheerder);
    auto http = client();
    ASSERT_EQ(sign_in_with_form(http, "beheerder@test.nl", std::string(password)).status, 303U);
    auto const before = http.cookies()["bolwerk_session"];
    auto const enrolment = http.get("/account/mfa");
    ASSERT_EQ(enrolment.status, 200U);
    auto const secret = must_query("SELECT totp_secret FROM users WHERE email = 'beheerder@test.nl'").front().text(0);
    auto const confirmed
        = http.post_form("/account/mfa", {{"code", right_code(secret)}, {"csrf", form_csrf(enrolment.body)}});
    ASSERT_EQ(confirmed.status, 200U) << confirmed.body;
    EXPECT_NE(http.cookies()["bolwerk_session"], before);
    EXPECT_EQ(http.get("/organisaties/" + m_own.to_string()).status, 200U);
    auto stolen = client();
    stolen.cookies()["bolwerk_session"] = before;
    EXPECT_EQ(stolen.get("/account").header("location"), "/inloggen");
}

// Item 8: a password change ends the user's other sessions and keeps this one.
TEST_P(AuthSecurityTest, Issue10PasswordChangeEndsTheOtherSessions)
{
    auto here = sign_in("medewerker@test.nl");
    auto elsewhere = sign_in("medewerker@test.nl");
    auto const changed = here.http.post_form("/account/wachtwoord",
        {{"current_password", std::string(password)}, {"new_password", "een heel ander wachtwoord"},
            {"csrf", here.csrf}});
    ASSERT_EQ(changed.status, 200U) << changed.body;
    EXPECT_EQ(here.http.get("/account").status, 200U);
    EXPECT_EQ(elsewhere.http.get("/account").header("location"), "/inloggen");
}

// Item 4: an attacker's 50 wrong passwords at one address do not lock the victim out.
TEST_P(AuthSecurityTest, Issue10AttackerAtOneAddressDoesNotLockTheVictimOut)
{
    auto attacker = client();
    attacker.set_source_address("127.0.0.2");
    std::vector<unsigned> statuses;
    for (int i = 0; i < 50; ++i)
        statuses.push_back(sign_in_with_form(attacker, "medewerker@test.nl", "guess " + std::to_string(i)).status);
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 401U), 3) << "three guesses, then the address waits";
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 429U), 47);
    auto const held = sign_in_with_form(attacker, "medewerker@test.nl", std::string(password));
    EXPECT_EQ(held.status, 429U) << "the right password is not even checked there";
    EXPECT_EQ(held.header("retry-after"), "1");

    auto victim = client();
    victim.set_source_address("127.0.0.3");
    EXPECT_EQ(sign_in_with_form(victim, "medewerker@test.nl", std::string(password)).status, 303U);
    EXPECT_EQ(victim.get("/account").status, 200U);
}

// Item 4: fifty colleagues behind one NAT address who each mistype once do not block a
// colleague with the right password (the address limit counts distinct accounts).
TEST_P(AuthSecurityTest, Issue10ColleaguesBehindOneNatAreNotBlocked)
{
    auto nat = client();
    nat.set_source_address("127.0.0.4");
    for (int i = 0; i < 50; ++i)
        ASSERT_EQ(sign_in_with_form(nat, "collega" + std::to_string(i) + "@test.nl", "typo").status, 401U) << i;
    auto colleague = client();
    colleague.set_source_address("127.0.0.4");
    EXPECT_EQ(sign_in_with_form(colleague, "medewerker@test.nl", std::string(password)).status, 303U);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(AuthSecurityTest);

} // namespace
} // namespace bolwerk::testing
