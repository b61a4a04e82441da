#include "support/store_test.hpp"

#include "app/account_service.hpp"
#include "app/api_token_service.hpp"
#include "app/organisation_service.hpp"
#include "app/session_service.hpp"
#include "store/connection.hpp"

#include <chrono>
#include <future>
#include <thread>

namespace bolwerk::testing {
namespace {

constexpr std::string_view password = "correct horse battery";

// Issue #13 item 8: disable and enable a user, the last beheerder, a password reset by
// a beheerder; on both backends.
class AccountAdminTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure())
            return;
        app::OrganisationService organisations(database(), m_clock);
        m_own = organisations.create(m_operator, {"Gemeente Eigen", "gemeente", {}, {}})->id;
        m_other = organisations.create(m_operator, {"Gemeente Ander", "gemeente", {}, {}})->id;
        m_anna = make_user("anna@test.nl", m_own, domain::Role::Beheerder);
        m_bert = make_user("bert@test.nl", m_own, domain::Role::Medewerker);
    }

    UserId make_user(std::string const& email, OrganisationId organisation, domain::Role role)
    {
        auto const user = accounts().create_user(m_operator,
            {.email = email,
                .display_name = "Naam " + email,
                .password = std::string(password),
                .membership = domain::Membership{organisation, role}});
        EXPECT_TRUE(user) << user.error().to_string();
        return user->id;
    }

    app::AccountService accounts() { return {database(), m_clock, m_common}; }
    app::SessionService sessions() { return {database(), m_clock, {}}; }

    std::optional<std::string> signed_in(std::string const& email, std::string_view secret = password)
    {
        auto const result = sessions().sign_in(email, secret, "127.0.0.1", "nl");
        EXPECT_TRUE(result) << result.error().to_string();
        if (!result || result->status != app::SignIn::Status::SignedIn)
            return std::nullopt;
        return result->token;
    }

    bool session_alive(std::string const& token)
    {
        auto const state = sessions().resolve(token);
        EXPECT_TRUE(state);
        return state && state->has_value();
    }

    app::Actor beheerder(UserId id, OrganisationId organisation)
    {
        return app::Actor::user(id, {{organisation, domain::Role::Beheerder}});
    }

    std::int64_t audit_count(std::string const& action)
    {
        return must_query("SELECT COUNT(*) FROM audit_events WHERE action = $1", {action}).front().int64(0);
    }

    FixedClock m_clock{Timestamp{std::chrono::seconds{1'790'000'000}}};
    app::Actor m_operator = app::Actor::system_operator("test");
    domain::CommonPasswords m_common{{"welkom123456!"}};
    OrganisationId m_own{0};
    OrganisationId m_other{0};
    UserId m_anna{0};
    UserId m_bert{0};
};

TEST_P(AccountAdminTest, DisablingEndsSessionsRefusesSignInAndTokensUntilEnabled)
{
    // Bert becomes a second beheerder so that he can own an API token.
    ASSERT_TRUE(accounts().grant_role(m_operator, m_bert, {m_own, domain::Role::Beheerder}));
    app::ApiTokenService tokens(database(), m_clock);
    auto const token
        = tokens.issue(beheerder(m_bert, m_own), m_own, domain::Role::Auditor, "CI", std::chrono::days(30));
    ASSERT_TRUE(token) << token.error().to_string();
    auto const session = signed_in("bert@test.nl");
    ASSERT_TRUE(session);
    ASSERT_TRUE(tokens.authenticate(token->secret).value().has_value());

    auto const disabled = accounts().disable_user(beheerder(m_anna, m_own), m_own, m_bert);
    ASSERT_TRUE(disabled) << disabled.error().to_string();
    EXPECT_FALSE(session_alive(*session)) << "every session ended";
    EXPECT_EQ(must_query("SELECT COUNT(*) FROM sessions WHERE user_id = $1", {m_bert.value()}).front().int64(0), 0);
    EXPECT_FALSE(signed_in("bert@test.nl")) << "the right password no longer signs in";
    EXPECT_FALSE(tokens.authenticate(token->secret).value().has_value()) << "the token is refused";
    auto const detail = accounts().member(beheerder(m_anna, m_own), m_own, m_bert);
    ASSERT_TRUE(detail);
    EXPECT_TRUE(detail->user.disabled);
    EXPECT_TRUE(detail->user.disabled_at == m_clock.now());
    EXPECT_EQ(detail->disabled_by_name.value_or(""), "Naam anna@test.nl") << "who, by name";
    EXPECT_FALSE(detail->user.password_hash) << "no credentials leave the app layer";
    EXPECT_EQ(audit_count("user.disable"), 1);
    EXPECT_EQ(accounts().disable_user(beheerder(m_anna, m_own), m_own, m_bert).error().kind(), ErrorKind::Conflict)
        << "twice is a conflict, not a second event";

    ASSERT_TRUE(accounts().enable_user(beheerder(m_anna, m_own), m_own, m_bert));
    EXPECT_TRUE(signed_in("bert@test.nl"));
    EXPECT_TRUE(tokens.authenticate(token->secret).value().has_value());
    EXPECT_EQ(audit_count("user.enable"), 1);
    auto const enabled = accounts().member(beheerder(m_anna, m_own), m_own, m_bert);
    EXPECT_FALSE(enabled->user.disabled_at);
    EXPECT_TRUE(enabled->user.last_sign_in_at == m_clock.now()) << "the last sign-in is kept";
}

TEST_P(AccountAdminTest, TheLastBeheerderCannotBeDisabledNorLoseTheRole)
{
    auto const last = accounts().disable_user(m_operator, m_own, m_anna);
    ASSERT_FALSE(last);
    EXPECT_EQ(last.error().kind(), ErrorKind::Conflict);
    EXPECT_NE(last.error().message().find("last beheerder"), std::string::npos);
    auto const revoked = accounts().revoke_role(m_operator, m_anna, {m_own, domain::Role::Beheerder});
    ASSERT_FALSE(revoked);
    EXPECT_EQ(revoked.error().kind(), ErrorKind::Conflict);
    EXPECT_FALSE(accounts().disable_user(m_operator, std::nullopt, m_anna)) << "installation-wide as well";

    // A disabled beheerder does not count as one who remains.
    auto const carla = make_user("carla@test.nl", m_own, domain::Role::Beheerder);
    ASSERT_TRUE(accounts().disable_user(m_operator, m_own, carla));
    EXPECT_FALSE(accounts().revoke_role(m_operator, m_anna, {m_own, domain::Role::Beheerder}));
    ASSERT_TRUE(accounts().enable_user(m_operator, m_own, carla));
    EXPECT_TRUE(accounts().revoke_role(m_operator, m_anna, {m_own, domain::Role::Beheerder})) << "now one remains";
    EXPECT_FALSE(accounts().disable_user(m_operator, m_own, carla)) << "and she is the last one now";
}

TEST_P(AccountAdminTest, NobodyDisablesOrResetsThemselves)
{
    make_user("dirk@test.nl", m_own, domain::Role::Beheerder);
    auto const self = accounts().disable_user(beheerder(m_anna, m_own), m_own, m_anna);
    ASSERT_FALSE(self);
    EXPECT_EQ(self.error().kind(), ErrorKind::Conflict);
    EXPECT_NE(self.error().message().find("your own account"), std::string::npos);
    EXPECT_FALSE(accounts().reset_password(beheerder(m_anna, m_own), m_own, m_anna));
}

TEST_P(AccountAdminTest, OnlyMembersOfTheOwnOrganisationAndOnlyWithMemberManage)
{
    auto const other_beheerder = make_user("olga@test.nl", m_other, domain::Role::Beheerder);
    auto const outsider = accounts().disable_user(beheerder(other_beheerder, m_other), m_other, m_bert);
    ASSERT_FALSE(outsider);
    EXPECT_EQ(outsider.error().kind(), ErrorKind::NotFound) << "Bert is no member there";
    EXPECT_EQ(
        accounts().disable_user(beheerder(other_beheerder, m_other), m_own, m_bert).error().kind(), ErrorKind::NotFound)
        << "not her organisation";
    auto const medewerker = app::Actor::user(m_bert, {{m_own, domain::Role::Medewerker}});
    EXPECT_EQ(accounts().disable_user(medewerker, m_own, m_anna).error().kind(), ErrorKind::Forbidden);
    EXPECT_EQ(accounts().reset_password(medewerker, m_own, m_anna).error().kind(), ErrorKind::Forbidden);
    EXPECT_EQ(
        accounts().disable_user(beheerder(m_anna, m_own), std::nullopt, m_bert).error().kind(), ErrorKind::Forbidden)
        << "installation-wide needs an installation administrator";
    auto const administrator = app::Actor::user(other_beheerder, {}, true);
    EXPECT_TRUE(accounts().disable_user(administrator, std::nullopt, m_bert)) << "an administrator for anyone";
}

TEST_P(AccountAdminTest, ATemporaryPasswordSignsInOnceAndANewOneIsDue)
{
    auto const old_session = signed_in("bert@test.nl");
    ASSERT_TRUE(old_session);
    auto const temporary = accounts().reset_password(beheerder(m_anna, m_own), m_own, m_bert);
    ASSERT_TRUE(temporary) << temporary.error().to_string();
    EXPECT_GE(temporary->size(), domain::minimum_password_length);
    EXPECT_FALSE(session_alive(*old_session)) << "the reset ends every session";
    EXPECT_FALSE(signed_in("bert@test.nl")) << "the old password is gone";
    auto const events
        = must_query("SELECT COALESCE(detail, '') FROM audit_events WHERE action = 'user.password_reset'");
    ASSERT_EQ(events.size(), 1U);
    EXPECT_EQ(events.front().text(0).find(*temporary), std::string::npos) << "never in the audit detail";

    auto const session = signed_in("bert@test.nl", *temporary);
    ASSERT_TRUE(session);
    EXPECT_FALSE(signed_in("bert@test.nl", *temporary)) << "once only";
    auto const state = sessions().resolve(*session);
    ASSERT_TRUE(state && *state);
    EXPECT_TRUE((*state)->user.must_change_password);
    auto const actor = (*state)->actor;
    auto const weak = accounts().set_required_password(actor, "kort", (*state)->record.id_hash);
    ASSERT_FALSE(weak);
    EXPECT_EQ(weak.error().kind(), ErrorKind::Invalid) << "the password policy applies";
    EXPECT_FALSE(accounts().set_required_password(actor, "welkom123456!", (*state)->record.id_hash));
    ASSERT_TRUE(accounts().set_required_password(actor, "een eigen goed wachtwoord", (*state)->record.id_hash));
    EXPECT_TRUE(session_alive(*session)) << "the session that chose it stays";
    EXPECT_FALSE((*sessions().resolve(*session))->user.must_change_password);
    EXPECT_TRUE(signed_in("bert@test.nl", "een eigen goed wachtwoord"));
    EXPECT_EQ(
        accounts().set_required_password(actor, "nog een ander wachtwoord", "").error().kind(), ErrorKind::Conflict)
        << "only when one is due";
}

// Two beheerders disabled at the same moment must not leave the organisation without
// one (found on review: PostgreSQL runs READ COMMITTED, so both checks could read the
// other as still active). An open transaction that disables Bert the way the use case
// does (organisation row locked first) makes a concurrent disable of Anna wait, and
// once Bert's is committed, Anna's is refused as the last beheerder.
TEST_P(AccountAdminTest, TwoBeheerdersDisabledAtOnceLeaveOneOnPostgresql)
{
    if (GetParam() != store::Backend::Postgres)
        GTEST_SKIP() << "PostgreSQL only: SQLite's BEGIN IMMEDIATE runs one writer at a time";
    ASSERT_TRUE(accounts().grant_role(m_operator, m_bert, {m_own, domain::Role::Beheerder}));
    auto first = database().acquire();
    ASSERT_TRUE(first) << first.error().to_string();
    auto other = store::Transaction::begin(**first);
    ASSERT_TRUE(other) << other.error().to_string();
    ASSERT_TRUE(other->query("UPDATE organisations SET id = id WHERE id = $1", {m_own.value()}));
    ASSERT_TRUE(other->query("UPDATE users SET disabled = 1 WHERE id = $1", {m_bert.value()}));

    auto concurrent
        = std::async(std::launch::async, [&] { return accounts().disable_user(m_operator, m_own, m_anna); });
    // Wait (bounded, no sleep) until the use case waits on the lock; a use case that
    // does not wait finishes instead, and is caught below.
    auto watcher = database().acquire();
    ASSERT_TRUE(watcher) << watcher.error().to_string();
    auto const deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    bool waiting = false;
    while (!waiting && std::chrono::steady_clock::now() < deadline
        && concurrent.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
        auto const rows = (*watcher)->query("SELECT COUNT(*) FROM pg_stat_activity"
                                            " WHERE datname = current_database() AND wait_event_type = 'Lock'");
        ASSERT_TRUE(rows) << rows.error().to_string();
        waiting = rows->front().int64(0) > 0;
        std::this_thread::yield();
    }
    EXPECT_TRUE(waiting) << "the second disable must wait for the first";
    ASSERT_TRUE(other->commit());
    auto const refused = concurrent.get();
    ASSERT_FALSE(refused) << "both beheerders disabled";
    EXPECT_EQ(refused.error().kind(), ErrorKind::Conflict);
    EXPECT_EQ(must_query("SELECT disabled FROM users WHERE id = $1", {m_anna.value()}).front().int64(0), 0);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(AccountAdminTest);

} // namespace
} // namespace bolwerk::testing
