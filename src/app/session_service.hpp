#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/second_factor_limit.hpp"
#include "domain/session.hpp"
#include "domain/sign_in_throttle.hpp"
#include "domain/user.hpp"
#include "store/forward.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::app {

/// Timeouts, sign-in throttling and second-factor limits (OWASP ASVS 2.2.1, 3.3; BIO2
/// 5.17.01, 8.05).
struct SessionPolicy {
    std::chrono::minutes idle_timeout{30};
    std::chrono::minutes absolute_timeout{12 * 60};
    domain::SignInThrottlePolicy throttle;
    domain::SecondFactorPolicy second_factor;
    /// Repeated wrong second-factor codes put an alert for the user in the mail outbox.
    /// Only when mail is configured: nobody would send it otherwise.
    bool mail_alerts = false;
};

/// What sign-in did. The reason for a refusal is deliberately not told apart:
/// unknown account, wrong password and disabled account look the same.
struct SignIn {
    enum class Status : std::uint8_t { SignedIn, Refused, Throttled };
    Status status = Status::Refused;
    std::string token; ///< The new session's id, for the cookie; only when SignedIn.
    Timestamp retry_at{}; ///< When a throttled sign-in may be tried again.
};

/// What a second-factor code did (issue #10, item 2).
struct SecondFactor {
    enum class Status : std::uint8_t {
        Passed, ///< The session is complete, under a new id (`token`).
        Refused, ///< Wrong or used code; more tries are left in this session.
        SessionEnded, ///< Too many wrong codes: the session is gone, sign in again.
        Throttled, ///< The account must wait until `retry_at`; the code was not checked.
    };
    Status status = Status::Refused;
    std::string token;
    Timestamp retry_at{};
};

/// What an identity provider asserted about a user at single sign-on (OIDC).
struct ExternalIdentity {
    std::string email;
    std::string display_name;
    /// Roles from the provider's groups, through the configured mapping.
    std::vector<domain::Membership> memberships;
    /// The provider did multi-factor authentication (ID token `amr`), which then counts
    /// as the second factor (BIO2 5.17.01).
    bool multi_factor = false;
};

/// A live session found from its token.
struct SessionState {
    enum class Stage : std::uint8_t {
        NeedsSecondFactor, ///< Password accepted; the TOTP code (or a recovery code) is still due.
        NeedsEnrolment, ///< A role requires MFA that the user has not set up yet.
        Complete,
    };
    domain::Session record;
    domain::User user;
    std::vector<domain::Membership> memberships;
    Stage stage = Stage::NeedsSecondFactor;
    /// The user with their roles once the session is Complete; without roles before.
    Actor actor;
};

/// Server-side sessions: sign-in with password and second factor, timeouts, sign-out
/// (here or everywhere). Only the SHA-256 of a session id is stored. A new id is
/// issued at every sign-in (never one the client brought: no session fixation).
/// Keeps references to the database and clock. Safe to share between threads.
class SessionService {
public:
    SessionService(store::Database& database, Clock const& clock, SessionPolicy policy)
        : m_database(database)
        , m_clock(clock)
        , m_policy(policy)
    {
    }

    Result<SignIn> sign_in(
        std::string_view email, std::string_view password, std::string_view address, std::string_view language);
    /// Signs in a user whom the identity provider vouched for: creates the account on
    /// first sign-in (without a password) and grants the mapped roles it lacks.
    Result<SignIn> sign_in_external(ExternalIdentity const& identity, std::string_view language);
    /// The session for `token`, or nothing when it is unknown, expired or its user disabled.
    Result<std::optional<SessionState>> resolve(std::string_view token);
    /// Checks a TOTP code (never one whose time step was used before) or an unused
    /// recovery code, within the limits of SessionPolicy::second_factor: every wrong code
    /// is counted for the session and the account and written to the audit trail; the
    /// session ends at its limit. A correct code renews the session id.
    Result<SecondFactor> pass_second_factor(SessionState const& session, std::string_view code);
    Result<void> sign_out(SessionState const& session);
    /// Ends every session of the user, this one included; returns how many.
    Result<std::int64_t> sign_out_everywhere(SessionState const& session);
    Result<void> switch_organisation(SessionState const& session, OrganisationId organisation);
    Result<void> set_language(SessionState const& session, std::string_view language);

    SessionPolicy const& policy() const { return m_policy; }

private:
    Result<domain::ThrottleDecision> throttle(
        store::Connection& connection, std::string const& account, std::string const& address, Timestamp now);
    Result<SecondFactor> refuse_second_factor(store::Transaction& transaction, SessionState const& session,
        domain::SecondFactorFailures const& before, std::int64_t session_failures, Timestamp now);
    Result<std::string> start_session(
        store::Connection& connection, domain::User const& user, std::string_view language, bool mfa_passed = false);
    Result<domain::User> provision(store::Connection& connection, ExternalIdentity const& identity);

    store::Database& m_database;
    Clock const& m_clock;
    SessionPolicy m_policy;
};

/// SHA-256 of a session id or API token, as stored.
std::string secret_digest(std::string_view secret);

/// Renews a session at a privilege change (second factor passed, MFA enrolled): a new id
/// and CSRF token, and the second factor counts as passed. Returns the new id for the
/// cookie; NotFound when the session ended meanwhile.
Result<std::string> renew_session_with_second_factor(store::Transaction& transaction, std::string const& id_hash);

} // namespace bolwerk::app
