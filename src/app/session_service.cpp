#include "app/session_service.hpp"

#include "app/audit_trail.hpp"
#include "app/authorisation.hpp"
#include "app/credentials.hpp"
#include "app/mail/second_factor_alert.hpp"
#include "app/totp.hpp"
#include "app/use_case.hpp"
#include "common/digest.hpp"
#include "common/text.hpp"
#include "store/credential_repository.hpp"
#include "store/database.hpp"
#include "store/mail_outbox_repository.hpp"
#include "store/second_factor_repository.hpp"
#include "store/session_repository.hpp"
#include "store/sign_in_attempt_repository.hpp"
#include "store/user_repository.hpp"

#include <algorithm>

namespace bolwerk::app {

namespace {

constexpr std::size_t token_bytes = 32;
// RFC 5321 allows 254 characters in an address; anything longer is cut for the throttle.
constexpr std::size_t max_account_key_length = 320;
constexpr auto touch_interval = std::chrono::minutes(1);

std::string supported_language(std::string_view language) { return language == "en" ? "en" : "nl"; }

SessionState::Stage stage_of(domain::User const& user, std::vector<domain::Membership> const& memberships, bool passed)
{
    if (passed)
        return SessionState::Stage::Complete;
    if (user.totp_enabled)
        return SessionState::Stage::NeedsSecondFactor;
    // BIO2 5.17.01: privileged roles sign in with a second factor.
    bool const required = user.administrator
        || std::any_of(memberships.begin(), memberships.end(),
            [](domain::Membership const& membership) { return domain::requires_mfa(membership.role); });
    return required ? SessionState::Stage::NeedsEnrolment : SessionState::Stage::Complete;
}

bool expired(domain::Session const& record, SessionPolicy const& policy, Timestamp now)
{
    return now - record.last_seen_at > policy.idle_timeout || now - record.created_at > policy.absolute_timeout;
}

// How the code was accepted ("totp", "recovery_code"), or nothing when it was not.
Result<std::optional<std::string>> check_second_factor(
    store::Transaction& transaction, domain::User const& user, std::string_view code, Timestamp now)
{
    if (auto const step = match_totp(*user.totp_secret, code, now)) {
        // A step not newer than the last accepted one is a replayed code.
        if (TRY(store::UserRepository::advance_totp_step(transaction, user.id, *step)))
            return std::optional<std::string>("totp");
        return std::optional<std::string>();
    }
    auto const normal = to_ascii_lower(trim(code));
    if (TRY(store::CredentialRepository::use_recovery_code(transaction, user.id, secret_digest(normal), now)))
        return std::optional<std::string>("recovery_code");
    return std::optional<std::string>();
}

} // namespace

std::string secret_digest(std::string_view secret) { return sha256_hex(secret); }

Result<std::string> renew_session_with_second_factor(store::Transaction& transaction, std::string const& id_hash)
{
    auto token = random_token(token_bytes);
    if (!TRY(store::SessionRepository::renew_with_second_factor(
            transaction, id_hash, secret_digest(token), random_token(token_bytes))))
        return Error::not_found("the session has ended");
    return token;
}

Result<domain::ThrottleDecision> SessionService::throttle(
    store::Connection& connection, std::string const& account, std::string const& address, Timestamp now)
{
    auto const& policy = m_policy.throttle;
    // What no rule reads any more goes first, so that the history stays small.
    TRY(store::SignInAttemptRepository::forget(connection, now - policy.pair_memory, now - policy.good_history));
    domain::SignInHistory history{account, address,
        TRY(store::SignInAttemptRepository::recent(
            connection, account, now - policy.pair_memory, address, now - policy.window)),
        TRY(store::SignInAttemptRepository::last_success(connection, account, address))};
    return domain::decide_sign_in(policy, history, now);
}

Result<std::string> SessionService::start_session(
    store::Connection& connection, domain::User const& user, std::string_view language, bool mfa_passed)
{
    auto const now = m_clock.now();
    auto const token = random_token(token_bytes);
    auto const memberships = TRY(store::UserRepository::memberships(connection, user.id));
    domain::Session record{.id_hash = secret_digest(token),
        .user = user.id,
        .csrf_token = random_token(token_bytes),
        .mfa_passed = mfa_passed,
        .organisation = memberships.empty() ? std::nullopt : std::optional(memberships.front().organisation),
        .language = supported_language(language),
        .created_at = now,
        .last_seen_at = now};
    return run_in_transaction(connection, now, Actor::user(user.id), [&](UseCase& use_case) -> Result<std::string> {
        // A temporary password from a reset signs in once (issue #13 item 8): it is gone
        // now, and the user must choose a new password before anything else.
        if (user.must_change_password && user.password_hash
            && !TRY(store::UserRepository::consume_temporary_password(
                use_case.transaction(), user.id, *user.password_hash)))
            return Error::conflict("the temporary password was used already");
        TRY(store::UserRepository::record_sign_in(use_case.transaction(), user.id, now));
        TRY(store::SessionRepository::insert(use_case.transaction(), record));
        TRY(use_case.audit(
            audit_change(std::nullopt, "session.sign_in", "user", user.id.to_string(), nullptr, nullptr)));
        return token;
    });
}

Result<SignIn> SessionService::sign_in(
    std::string_view email, std::string_view password, std::string_view address, std::string_view language)
{
    auto const normal = domain::normalise_email(email);
    // Unknown and malformed addresses are throttled like accounts, so that throttling
    // tells nothing about which accounts exist.
    auto const account = normal ? *normal : to_ascii_lower(trim(email)).substr(0, max_account_key_length);
    auto const network = domain::throttle_address(address);
    auto const now = m_clock.now();
    auto connection = TRY(m_database.acquire());
    if (auto const decision = TRY(throttle(*connection, account, network, now)); !decision.allowed())
        return SignIn{SignIn::Status::Throttled, {}, decision.retry_at};
    // Counted as a failure before the password is checked (which takes a while), so that
    // attempts made at the same moment see each other; a success turns it around.
    auto const attempt = TRY(store::SignInAttemptRepository::record_failure(*connection, account, network, now));
    std::optional<domain::User> user;
    if (normal)
        user = TRY(store::UserRepository::find_by_email(*connection, *normal));
    bool accepted = false;
    if (user && user->password_hash)
        accepted = verify_password(*user->password_hash, password) && !user->disabled;
    else
        spend_password_check_time(password);
    if (!accepted)
        return SignIn{SignIn::Status::Refused, {}, {}};
    TRY(store::SignInAttemptRepository::mark_succeeded(*connection, attempt));
    return SignIn{SignIn::Status::SignedIn, TRY(start_session(*connection, *user, language)), {}};
}

Result<domain::User> SessionService::provision(store::Connection& connection, ExternalIdentity const& identity)
{
    auto const email = TRY(domain::normalise_email(identity.email));
    auto const now = m_clock.now();
    auto const existing = TRY(store::UserRepository::find_by_email(connection, email));
    auto const held = existing ? TRY(store::UserRepository::memberships(connection, existing->id))
                               : std::vector<domain::Membership>();
    auto const actor = Actor::system_operator("oidc");
    return run_in_transaction(connection, now, actor, [&](UseCase& use_case) -> Result<domain::User> {
        auto user = existing;
        if (!user) {
            auto const name = identity.display_name.empty() ? email : identity.display_name;
            user = TRY(store::UserRepository::insert(use_case.transaction(), {email, name, std::nullopt, false}, now));
            TRY(use_case.audit(
                audit_change(std::nullopt, "user.create", "user", user->id.to_string(), nullptr, nullptr, "oidc")));
        }
        for (auto const& membership : identity.memberships) {
            if (std::find(held.begin(), held.end(), membership) != held.end())
                continue;
            TRY(store::UserRepository::add_membership(use_case.transaction(), user->id, membership, now));
            TRY(use_case.audit(audit_change(membership.organisation, "membership.grant", "membership",
                user->id.to_string() + ":" + std::string(domain::to_string(membership.role)), nullptr, nullptr,
                "oidc group mapping")));
        }
        return std::move(*user);
    });
}

Result<SignIn> SessionService::sign_in_external(ExternalIdentity const& identity, std::string_view language)
{
    auto connection = TRY(m_database.acquire());
    auto const user = TRY(provision(*connection, identity));
    if (user.disabled)
        return SignIn{SignIn::Status::Refused, {}};
    return SignIn{SignIn::Status::SignedIn, TRY(start_session(*connection, user, language, identity.multi_factor))};
}

Result<std::optional<SessionState>> SessionService::resolve(std::string_view token)
{
    if (token.empty() || token.size() > 100)
        return std::optional<SessionState>();
    auto connection = TRY(m_database.acquire());
    auto record = TRY(store::SessionRepository::find(*connection, secret_digest(token)));
    if (!record)
        return std::optional<SessionState>();
    auto const now = m_clock.now();
    if (expired(*record, m_policy, now)) {
        // Not audited: the session ran out, nobody acted.
        TRY(run_in_transaction(*connection, now, Actor::user(record->user), [&](UseCase& use_case) -> Result<void> {
            return store::SessionRepository::remove(use_case.transaction(), record->id_hash);
        }));
        return std::optional<SessionState>();
    }
    auto user = TRY(store::UserRepository::find(*connection, record->user));
    if (user.disabled)
        return std::optional<SessionState>();
    if (now - record->last_seen_at > touch_interval)
        TRY(store::SessionRepository::touch(*connection, record->id_hash, now));
    SessionState state;
    state.memberships = TRY(store::UserRepository::memberships(*connection, user.id));
    state.stage = stage_of(user, state.memberships, record->mfa_passed);
    state.actor = state.stage == SessionState::Stage::Complete
        ? Actor::user(user.id, state.memberships, user.administrator)
        : Actor::user(user.id);
    state.record = std::move(*record);
    state.user = std::move(user);
    return std::optional(std::move(state));
}

Result<SecondFactor> SessionService::pass_second_factor(SessionState const& session, std::string_view code)
{
    auto const& user = session.user;
    if (!user.totp_enabled || !user.totp_secret)
        return Error::conflict("no second factor is set up for this account");
    auto const now = m_clock.now();
    auto connection = TRY(m_database.acquire());
    auto transaction = TRY(store::Transaction::begin(*connection));
    auto const& id_hash = session.record.id_hash;
    auto const session_failures = TRY(store::SecondFactorRepository::session_failures(*connection, id_hash));
    if (!session_failures || domain::session_exhausted(m_policy.second_factor, *session_failures))
        return SecondFactor{SecondFactor::Status::SessionEnded, {}, {}};
    auto const failures = TRY(store::SecondFactorRepository::account_failures(*connection, user.id));
    if (auto const until = domain::second_factor_wait(m_policy.second_factor, failures, now))
        return SecondFactor{SecondFactor::Status::Throttled, {}, *until};
    // Counted before the code is checked: of two codes tried at once for this account,
    // only one is checked; the other is turned away unchecked.
    if (!TRY(store::SecondFactorRepository::count_failure(
            transaction, user.id, id_hash, failures.count, *session_failures, now)))
        return SecondFactor{SecondFactor::Status::Throttled, {}, now};
    auto const how = TRY(check_second_factor(transaction, user, code, now));
    if (!how)
        return refuse_second_factor(transaction, session, failures, *session_failures + 1, now);
    TRY(store::SecondFactorRepository::reset(transaction, user.id));
    auto token = TRY(renew_session_with_second_factor(transaction, id_hash));
    TRY(record_audit_event(transaction, Actor::user(user.id),
        {.action = "session.second_factor", .object_type = "user", .object_id = user.id.to_string(), .detail = *how},
        now));
    TRY(transaction.commit());
    return SecondFactor{SecondFactor::Status::Passed, std::move(token), {}};
}

Result<SecondFactor> SessionService::refuse_second_factor(store::Transaction& transaction, SessionState const& session,
    domain::SecondFactorFailures const& before, std::int64_t session_failures, Timestamp now)
{
    auto const& user = session.user;
    auto const& policy = m_policy.second_factor;
    bool const ended = domain::session_exhausted(policy, session_failures);
    TRY(record_audit_event(transaction, Actor::user(user.id),
        {.action = "session.second_factor_failure",
            .object_type = "user",
            .object_id = user.id.to_string(),
            .detail = "wrong code " + std::to_string(session_failures) + " of " + std::to_string(policy.session_limit)
                + " in this session, " + std::to_string(before.count + 1) + " since the last correct one"
                + (ended ? "; session ended" : "")},
        now));
    if (m_policy.mail_alerts && domain::alert_due(policy, before.count + 1))
        TRY(store::MailOutboxRepository::enqueue(
            transaction, second_factor_alert(user, before.count + 1, session.record.language, now), now));
    if (ended)
        TRY(store::SessionRepository::remove(transaction, session.record.id_hash));
    TRY(transaction.commit());
    return SecondFactor{ended ? SecondFactor::Status::SessionEnded : SecondFactor::Status::Refused, {}, {}};
}

Result<void> SessionService::sign_out(SessionState const& session)
{
    return run_in_transaction(
        m_database, m_clock, Actor::user(session.user.id), [&](UseCase& use_case) -> Result<void> {
            TRY(store::SessionRepository::remove(use_case.transaction(), session.record.id_hash));
            TRY(use_case.audit(
                audit_change(std::nullopt, "session.sign_out", "user", session.user.id.to_string(), nullptr, nullptr)));
            return ok();
        });
}

Result<std::int64_t> SessionService::sign_out_everywhere(SessionState const& session)
{
    return run_in_transaction(
        m_database, m_clock, Actor::user(session.user.id), [&](UseCase& use_case) -> Result<std::int64_t> {
            auto const count
                = TRY(store::SessionRepository::remove_all_for_user(use_case.transaction(), session.user.id));
            TRY(use_case.audit(audit_change(std::nullopt, "session.sign_out_everywhere", "user",
                session.user.id.to_string(), nullptr, nullptr, std::to_string(count) + " sessions")));
            return count;
        });
}

Result<void> SessionService::switch_organisation(SessionState const& session, OrganisationId organisation)
{
    if (!can_see(session.actor, organisation))
        return Error::not_found("organisation " + organisation.to_string() + " does not exist");
    auto connection = TRY(m_database.acquire());
    return store::SessionRepository::set_organisation(*connection, session.record.id_hash, organisation);
}

Result<void> SessionService::set_language(SessionState const& session, std::string_view language)
{
    auto connection = TRY(m_database.acquire());
    return store::SessionRepository::set_language(*connection, session.record.id_hash, supported_language(language));
}

} // namespace bolwerk::app
