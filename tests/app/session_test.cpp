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

TEST_P(SessionTest, SignInIsThrottledPerAccountEvenWithTheRightPassword)
{
    make_user("anna@test.nl", domain::Role::Medewerker);
    auto service = sessions();
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(service.sign_in("anna@test.nl", "wrong password!!", "10.0.0.1", "nl")->status,
            app::SignIn::Status::Refused);
    EXPECT_EQ(service.sign_in("anna@test.nl", std::string(password), "10.0.0.2", "nl")->status,
        app::SignIn::Status::Throttled);
    m_clock.advance(std::chrono::minutes(16));
    EXPECT_EQ(service.sign_in("anna@test.nl", std::string(password), "10.0.0.2", "nl")->status,
        app::SignIn::Status::SignedIn);
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
    auto const codes = mfa.confirm(state, app::totp_code(secret, m_clock.now()));
    ASSERT_TRUE(codes) << codes.error().to_string();
    EXPECT_EQ(codes->size(), 10U);
    EXPECT_EQ(resolve(token).stage, app::SessionState::Stage::Complete);

    // A new sign-in needs the second factor; the code used at enrolment is refused.
    auto const again = service.sign_in("ciso@test.nl", std::string(password), "10.0.0.1", "nl")->token;
    auto pending = resolve(again);
    EXPECT_EQ(pending.stage, app::SessionState::Stage::NeedsSecondFactor);
    auto const replay = service.pass_second_factor(pending, app::totp_code(secret, m_clock.now()));
    ASSERT_FALSE(replay);
    EXPECT_EQ(replay.error().location().field, "code");
    m_clock.advance(std::chrono::seconds(30));
    ASSERT_TRUE(service.pass_second_factor(pending, app::totp_code(secret, m_clock.now())));
    EXPECT_EQ(resolve(again).stage, app::SessionState::Stage::Complete);
    EXPECT_FALSE(resolve(again).actor.memberships.empty());

    // A recovery code works once.
    auto const third = service.sign_in("ciso@test.nl", std::string(password), "10.0.0.1", "nl")->token;
    ASSERT_TRUE(service.pass_second_factor(resolve(third), codes->front()));
    auto const fourth = service.sign_in("ciso@test.nl", std::string(password), "10.0.0.1", "nl")->token;
    EXPECT_FALSE(service.pass_second_factor(resolve(fourth), codes->front()));
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
