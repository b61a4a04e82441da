#include "support/store_test.hpp"

#include "app/account_service.hpp"
#include "app/authorisation.hpp"
#include "app/mfa_service.hpp"
#include "app/organisation_service.hpp"
#include "app/session_service.hpp"
#include "app/totp.hpp"

namespace bolwerk::testing {
namespace {

constexpr std::string_view password = "correct horse battery";

class SessionTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure())
            return;
        app::OrganisationService organisations(database(), m_clock);
        m_organisation = organisations.create(m_operator, {"Gemeente Test", "gemeente", {}, {}})->id;
    }

    UserId make_user(std::string const& email, domain::Role role)
    {
        app::AccountService accounts(database(), m_clock, m_common);
        auto const user = accounts.create_user(m_operator,
            {.email = email,
                .display_name = "Test",
                .password = std::string(password),
                .membership = domain::Membership{m_organisation, role}});
        EXPECT_TRUE(user) << user.error().to_string();
        return user->id;
    }

    app::SessionState resolve(std::string const& token)
    {
        auto state = sessions().resolve(token);
        EXPECT_TRUE(state && *state);
        return **state;
    }

    app::SessionService sessions() { return app::SessionService(database(), m_clock, {}); }

    FixedClock m_clock{Timestamp{std::chrono::seconds{1'790'000'000}}};
    app::Actor m_operator = app::Actor::system_operator("test");
    domain::CommonPasswords m_common{{"welkom123456!"}};
    OrganisationId m_organisation{0};
};

TEST_P(SessionTest, PasswordIsStoredAsArgon2idAndPolicyApplies)
{
    make_user("anna@test.nl", domain::Role::Medewerker);
    auto const rows = must_query("SELECT password_hash FROM users WHERE email = 'anna@test.nl'");
    EXPECT_TRUE(rows.front().text(0).starts_with("$argon2id$"));
    app::AccountService accounts(database(), m_clock, m_common);
    auto const weak = accounts.create_user(m_operator,
        {.email = "b@test.nl",
            .display_name = "B",
            .password = "welkom123456!",
            .membership = domain::Membership{m_organisation, domain::Role::Medewerker}});
    ASSERT_FALSE(weak);
    EXPECT_EQ(weak.error().location().field, "password");
}

TEST_P(SessionTest, WrongPasswordAndUnknownAccountAreRefusedAlike)
{
    make_user("anna@test.nl", domain::Role::Medewerker);
    auto service = sessions();
    auto const wrong = service.sign_in("anna@test.nl", "wrong password!!", "10.0.0.1", "nl");
    auto const unknown = service.sign_in("nobody@test.nl", std::string(password), "10.0.0.1", "nl");
    ASSERT_TRUE(wrong && unknown);
    EXPECT_EQ(wrong->status, app::SignIn::Status::Refused);
    EXPECT_EQ(unknown->status, app::SignIn::Status::Refused);
    EXPECT_TRUE(wrong->token.empty());
}

// Issue #10, item 4: wrong passwords from one address slow that address down for that
// account, with a doubling wait, and never lock the real user out from elsewhere.
TEST_P(SessionTest, Issue10SignInThrottleIsPerAccountAndAddress)
{
    make_user("anna@test.nl", domain::Role::Medewerker);
    auto service = sessions();
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(service.sign_in("anna@test.nl", "wrong password!!", "10.0.0.1", "nl")->status,
            app::SignIn::Status::Refused);
    auto const held = service.sign_in("anna@test.nl", std::string(password), "10.0.0.1", "nl");
    ASSERT_EQ(held->status, app::SignIn::Status::Throttled) << "even the right password waits at that address";
    EXPECT_EQ(held->retry_at - m_clock.now(), std::chrono::seconds(1));
    EXPECT_EQ(
        service.sign_in("anna@test.nl", std::string(password), "10.0.0.2", "nl")->status, app::SignIn::Status::SignedIn)
        << "another address is not held back";
    m_clock.advance(std::chrono::seconds(1));
    ASSERT_EQ(
        service.sign_in("anna@test.nl", "wrong password!!", "10.0.0.1", "nl")->status, app::SignIn::Status::Refused);
    EXPECT_EQ(service.sign_in("anna@test.nl", "wrong password!!", "10.0.0.1", "nl")->retry_at - m_clock.now(),
        std::chrono::seconds(2))
        << "the wait doubles";
    m_clock.advance(std::chrono::seconds(2));
    EXPECT_EQ(service.sign_in("anna@test.nl", std::string(password), "10.0.0.1", "nl")->status,
        app::SignIn::Status::SignedIn);
    EXPECT_EQ(must_query("SELECT COUNT(*) FROM sign_in_attempts WHERE succeeded = 1").front().int64(0), 2);
}

// The per-address limit counts distinct accounts and spares pairs with a good history.
TEST_P(SessionTest, Issue10AddressLimitCountsDistinctAccounts)
{
    make_user("anna@test.nl", domain::Role::Medewerker);
    make_user("bert@test.nl", domain::Role::Medewerker);
    app::SessionPolicy policy;
    policy.throttle.address_account_limit = 3;
    app::SessionService service(database(), m_clock, policy);
    ASSERT_EQ(service.sign_in("bert@test.nl", std::string(password), "10.0.0.9", "nl")->status,
        app::SignIn::Status::SignedIn);
    for (int i = 0; i < 10; ++i)
        ASSERT_EQ(service.sign_in("anna@test.nl", "wrong password!!", "10.0.0.9", "nl")->status
                == app::SignIn::Status::Refused,
            i < 3);
    EXPECT_EQ(
        service.sign_in("carla@test.nl", "wrong password!!", "10.0.0.9", "nl")->status, app::SignIn::Status::Refused)
        << "many failures for one account count once";
    EXPECT_EQ(
        service.sign_in("dirk@test.nl", "wrong password!!", "10.0.0.9", "nl")->status, app::SignIn::Status::Refused);
    auto const stuffed = service.sign_in("erik@test.nl", std::string(password), "10.0.0.9", "nl");
    EXPECT_EQ(stuffed->status, app::SignIn::Status::Throttled) << "three distinct accounts failed here";
    EXPECT_EQ(
        service.sign_in("bert@test.nl", std::string(password), "10.0.0.9", "nl")->status, app::SignIn::Status::SignedIn)
        << "a pair with a good history is not held back";
}

// The softer per-account limit: many attacking addresses hold back unknown addresses only.
TEST_P(SessionTest, Issue10AccountLimitSparesAddressesWithAGoodHistory)
{
    make_user("anna@test.nl", domain::Role::Medewerker);
    app::SessionPolicy policy;
    policy.throttle.account_address_limit = 3;
    app::SessionService service(database(), m_clock, policy);
    ASSERT_EQ(service.sign_in("anna@test.nl", std::string(password), "10.0.0.1", "nl")->status,
        app::SignIn::Status::SignedIn);
    m_clock.advance(std::chrono::hours(24));
    for (auto const* attacker : {"192.0.2.1", "192.0.2.2", "192.0.2.3"})
        ASSERT_EQ(
            service.sign_in("anna@test.nl", "wrong password!!", attacker, "nl")->status, app::SignIn::Status::Refused);
    EXPECT_EQ(service.sign_in("anna@test.nl", std::string(password), "10.0.0.7", "nl")->status,
        app::SignIn::Status::Throttled)
        << "an unknown address waits during the attack";
    EXPECT_EQ(
        service.sign_in("anna@test.nl", std::string(password), "10.0.0.1", "nl")->status, app::SignIn::Status::SignedIn)
        << "the address anna used before is never held back by it";
}

TEST_P(SessionTest, SessionsExpireWhenIdleAndAfterTheAbsoluteLimit)
{
    make_user("anna@test.nl", domain::Role::Medewerker);
    auto service = sessions();
    auto const first = service.sign_in("anna@test.nl", std::string(password), "10.0.0.1", "nl")->token;
    m_clock.advance(std::chrono::minutes(31));
    EXPECT_FALSE(*service.resolve(first));
    auto const second = service.sign_in("anna@test.nl", std::string(password), "10.0.0.1", "nl")->token;
    for (int i = 0; i < 24; ++i) {
        m_clock.advance(std::chrono::minutes(29));
        ASSERT_TRUE(*service.resolve(second)) << "still active after " << i;
    }
    m_clock.advance(std::chrono::minutes(29));
    EXPECT_FALSE(*service.resolve(second)) << "absolute timeout of 12 hours";
}

TEST_P(SessionTest, EverySignInGetsANewIdAndSignOutEverywhereEndsAll)
{
    make_user("anna@test.nl", domain::Role::Medewerker);
    auto service = sessions();
    auto const a = service.sign_in("anna@test.nl", std::string(password), "10.0.0.1", "nl")->token;
    auto const b = service.sign_in("anna@test.nl", std::string(password), "10.0.0.1", "nl")->token;
    EXPECT_NE(a, b);
    EXPECT_EQ(must_query("SELECT COUNT(*) FROM sessions WHERE id_hash = $1", {a}).front().int64(0), 0)
        << "only digests are stored";
    auto const count = service.sign_out_everywhere(resolve(a));
    ASSERT_TRUE(count);
    EXPECT_EQ(*count, 2);
    EXPECT_FALSE(*service.resolve(b));
}

TEST_P(SessionTest, PrivilegedRoleMustEnrolMfaAndACodeIsNeverAcceptedTwice)
{
    make_user("ciso@test.nl", domain::Role::Ciso);
    auto service = sessions();
    auto const token = service.sign_in("ciso@test.nl", std::string(password), "10.0.0.1", "nl")->token;
    auto state = resolve(token);
    EXPECT_EQ(state.stage, app::SessionState::Stage::NeedsEnrolment);
    EXPECT_TRUE(state.actor.memberships.empty()) << "no roles before MFA";
    app::MfaService mfa(database(), m_clock);
    ASSERT_TRUE(mfa.begin(state));
    state = resolve(token);
    auto const secret = *state.user.totp_secret;
    EXPECT_FALSE(mfa.confirm(state, "000000") && app::totp_code(secret, m_clock.now()) != "000000");
    auto const confirmed = mfa.confirm(state, app::totp_code(secret, m_clock.now()));
    ASSERT_TRUE(confirmed) << confirmed.error().to_string();
    EXPECT_EQ(confirmed->recovery_codes.size(), 10U);
    // Issue #10, item 8: enrolment completes the session under a new id.
    EXPECT_FALSE(*service.resolve(token)) << "the id from before enrolment is gone";
    EXPECT_EQ(resolve(confirmed->session_token).stage, app::SessionState::Stage::Complete);
    EXPECT_NE(resolve(confirmed->session_token).record.csrf_token, state.record.csrf_token);
    auto const& codes = confirmed->recovery_codes;

    // A new sign-in needs the second factor; the code used at enrolment is refused.
    auto const again = service.sign_in("ciso@test.nl", std::string(password), "10.0.0.1", "nl")->token;
    auto pending = resolve(again);
    EXPECT_EQ(pending.stage, app::SessionState::Stage::NeedsSecondFactor);
    auto const replay = service.pass_second_factor(pending, app::totp_code(secret, m_clock.now()));
    ASSERT_TRUE(replay);
    EXPECT_EQ(replay->status, app::SecondFactor::Status::Refused);
    m_clock.advance(std::chrono::seconds(30));
    auto const passed = service.pass_second_factor(pending, app::totp_code(secret, m_clock.now()));
    ASSERT_TRUE(passed);
    ASSERT_EQ(passed->status, app::SecondFactor::Status::Passed);
    // Issue #10, item 8: passing the second factor renews the session id.
    EXPECT_FALSE(*service.resolve(again));
    EXPECT_EQ(resolve(passed->token).stage, app::SessionState::Stage::Complete);
    EXPECT_FALSE(resolve(passed->token).actor.memberships.empty());

    // A recovery code works once.
    auto const third = service.sign_in("ciso@test.nl", std::string(password), "10.0.0.1", "nl")->token;
    EXPECT_EQ(service.pass_second_factor(resolve(third), codes.front())->status, app::SecondFactor::Status::Passed);
    auto const fourth = service.sign_in("ciso@test.nl", std::string(password), "10.0.0.1", "nl")->token;
    EXPECT_EQ(service.pass_second_factor(resolve(fourth), codes.front())->status, app::SecondFactor::Status::Refused);
}

// Issue #10, item 2: five wrong codes end the session; the account then waits longer and
// longer across sessions; recovery codes count alike; every failure is audited; the
// user is alerted by mail (when mail is configured) at every fifth.
TEST_P(SessionTest, Issue10SecondFactorLimit)
{
    make_user("ciso@test.nl", domain::Role::Ciso);
    app::SessionPolicy policy;
    policy.mail_alerts = true;
    app::SessionService service(database(), m_clock, policy);
    auto const enrolling = service.sign_in("ciso@test.nl", std::string(password), "10.0.0.1", "nl")->token;
    app::MfaService mfa(database(), m_clock);
    ASSERT_TRUE(mfa.begin(resolve(enrolling)));
    auto const secret = *resolve(enrolling).user.totp_secret;
    auto const enrolled = mfa.confirm(resolve(enrolling), app::totp_code(secret, m_clock.now()));
    ASSERT_TRUE(enrolled);
    m_clock.advance(std::chrono::seconds(30));
    auto const wrong = [&](std::string const& code) { return code == "000000" ? "111111" : "000000"; };

    auto const first = service.sign_in("ciso@test.nl", std::string(password), "10.0.0.1", "nl")->token;
    auto const half = resolve(first);
    for (int i = 1; i <= 5; ++i) {
        auto const guess = service.pass_second_factor(
            half, i == 3 ? std::string("abcd-efgh-jkmn") : wrong(app::totp_code(secret, m_clock.now())));
        ASSERT_TRUE(guess) << guess.error().to_string();
        EXPECT_EQ(guess->status, i < 5 ? app::SecondFactor::Status::Refused : app::SecondFactor::Status::SessionEnded)
            << i;
    }
    EXPECT_FALSE(*service.resolve(first)) << "the session has ended";
    EXPECT_EQ(service.pass_second_factor(half, app::totp_code(secret, m_clock.now()))->status,
        app::SecondFactor::Status::SessionEnded)
        << "the right code no longer helps";
    EXPECT_EQ(
        must_query("SELECT COUNT(*) FROM audit_events WHERE action = 'session.second_factor_failure'").front().int64(0),
        5);
    auto const mail = must_query("SELECT recipient, subject, body FROM mail_outbox");
    ASSERT_EQ(mail.size(), 1U) << "one alert at the fifth wrong code";
    EXPECT_EQ(mail.front().text(0), "ciso@test.nl");
    EXPECT_NE(mail.front().text(2).find("5 onjuiste codes"), std::string::npos);

    // A new session from the password: the account waits 30 s, then 60 s after the next.
    auto const second = service.sign_in("ciso@test.nl", std::string(password), "10.0.0.1", "nl")->token;
    auto const waiting = service.pass_second_factor(resolve(second), app::totp_code(secret, m_clock.now()));
    ASSERT_EQ(waiting->status, app::SecondFactor::Status::Throttled);
    EXPECT_EQ(waiting->retry_at - m_clock.now(), std::chrono::seconds(30));
    m_clock.advance(std::chrono::seconds(30));
    EXPECT_EQ(service.pass_second_factor(resolve(second), wrong(app::totp_code(secret, m_clock.now())))->status,
        app::SecondFactor::Status::Refused);
    EXPECT_EQ(
        service.pass_second_factor(resolve(second), app::totp_code(secret, m_clock.now()))->retry_at - m_clock.now(),
        std::chrono::seconds(60));
    m_clock.advance(std::chrono::seconds(60));
    auto const passed = service.pass_second_factor(resolve(second), app::totp_code(secret, m_clock.now()));
    ASSERT_EQ(passed->status, app::SecondFactor::Status::Passed);
    EXPECT_EQ(must_query("SELECT second_factor_failures FROM users WHERE email = 'ciso@test.nl'").front().int64(0), 0)
        << "a correct code starts the count again";
}

TEST_P(SessionTest, Issue10NoAlertIsQueuedWithoutMail)
{
    make_user("ciso@test.nl", domain::Role::Ciso);
    auto service = sessions();
    auto const enrolling = service.sign_in("ciso@test.nl", std::string(password), "10.0.0.1", "nl")->token;
    app::MfaService mfa(database(), m_clock);
    ASSERT_TRUE(mfa.begin(resolve(enrolling)));
    auto const secret = *resolve(enrolling).user.totp_secret;
    ASSERT_TRUE(mfa.confirm(resolve(enrolling), app::totp_code(secret, m_clock.now())));
    auto const token = service.sign_in("ciso@test.nl", std::string(password), "10.0.0.1", "nl")->token;
    auto const half = resolve(token);
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(service.pass_second_factor(half, "not a code"));
    EXPECT_EQ(must_query("SELECT COUNT(*) FROM mail_outbox").front().int64(0), 0);
}

// Issue #10, item 8: a password change ends the user's other sessions, not this one.
TEST_P(SessionTest, Issue10PasswordChangeEndsTheOtherSessions)
{
    auto const id = make_user("anna@test.nl", domain::Role::Medewerker);
    auto service = sessions();
    auto const here = service.sign_in("anna@test.nl", std::string(password), "10.0.0.1", "nl")->token;
    auto const elsewhere = service.sign_in("anna@test.nl", std::string(password), "10.0.0.2", "nl")->token;
    app::AccountService accounts(database(), m_clock, m_common);
    auto const changed = accounts.change_password(
        app::Actor::user(id), std::string(password), "een nieuw lang wachtwoord", resolve(here).record.id_hash);
    ASSERT_TRUE(changed) << changed.error().to_string();
    EXPECT_TRUE(*service.resolve(here));
    EXPECT_FALSE(*service.resolve(elsewhere));
}

TEST_P(SessionTest, StateChangesWriteTheAuditTrail)
{
    make_user("anna@test.nl", domain::Role::Medewerker);
    auto service = sessions();
    auto const token = service.sign_in("anna@test.nl", std::string(password), "10.0.0.1", "nl")->token;
    ASSERT_TRUE(service.sign_out(resolve(token)));
    auto const actions = must_query("SELECT action FROM audit_events ORDER BY id");
    std::vector<std::string> seen;
    for (auto row : actions)
        seen.push_back(row.text(0));
    for (auto const* expected : {"user.create", "membership.grant", "session.sign_in", "session.sign_out"})
        EXPECT_NE(std::find(seen.begin(), seen.end(), expected), seen.end()) << expected;
    EXPECT_EQ(must_query("SELECT COUNT(*) FROM audit_events WHERE detail LIKE '%horse%'").front().int64(0), 0);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(SessionTest);

} // namespace
} // namespace bolwerk::testing
