#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/password_policy.hpp"
#include "domain/user.hpp"
#include "store/forward.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace bolwerk::app {

/// Input for a new account, from a form, the API or `bolwerk user create`.
struct AccountInput {
    std::string email;
    std::string display_name;
    std::string password;
    bool administrator = false;
    /// The first role, in the organisation whose beheerder creates the account.
    std::optional<domain::Membership> membership;
};

/// A user with their roles in one organisation, for the "users and roles" page.
struct Member {
    UserId id{0};
    std::string email;
    std::string display_name;
    bool mfa_enabled = false;
    bool disabled = false;
    std::vector<domain::Role> roles;
};

/// One member in full, for the member page: the user without credentials (no password
/// hash, no TOTP secret), their roles in the organisation, and who disabled them by name.
struct MemberDetail {
    domain::User user;
    std::vector<domain::Role> roles;
    std::optional<std::string> disabled_by_name;
};

/// The user as the audit trail sees it: no credentials (hashes, secrets) in it.
nlohmann::json user_to_json(domain::User const& user);

/// Use cases on accounts and roles. Each authorises, runs in one transaction and
/// writes its audit event in that transaction. Keeps references to its arguments,
/// which must outlive it. Safe to share between threads.
class AccountService {
public:
    AccountService(store::Database& database, Clock const& clock, domain::CommonPasswords const& common_passwords)
        : m_database(database)
        , m_clock(clock)
        , m_common_passwords(common_passwords)
    {
    }

    /// Administrators need the operator or an administrator; a membership needs
    /// MemberManage in its organisation.
    Result<domain::User> create_user(Actor const& actor, AccountInput const& input);
    /// Changes the actor's own password and ends their other sessions (issue #10, item 8;
    /// OWASP ASVS 3.3.3), keeping the session `kept_session_id_hash` (the one asking).
    Result<void> change_password(
        Actor const& actor, std::string_view current, std::string_view next, std::string const& kept_session_id_hash);
    /// Only to users who already have a role in that organisation, unless the actor is
    /// the operator or an administrator (others: NotFound).
    Result<void> grant_role(Actor const& actor, UserId user, domain::Membership const& membership);
    /// Refuses (Conflict) to take the beheerder role from the organisation's last active
    /// beheerder (domain/beheerder_rule).
    Result<void> revoke_role(Actor const& actor, UserId user, domain::Membership const& membership);
    /// MemberRead in `organisation`; the user must be a member of it (NotFound otherwise).
    Result<MemberDetail> member(Actor const& actor, OrganisationId organisation, UserId user);

    // Issue #13 item 8. With an organisation: MemberManage there, for its members only
    // (others are NotFound); the audit event goes to its chain. Without: the operator or
    // an installation administrator, for anyone. Nobody acts on their own account.

    /// The user can no longer sign in (password, single sign-on, second factor), every
    /// session of theirs ends and their API tokens are refused until enabled again.
    /// Refused for the last active beheerder of any organisation.
    Result<void> disable_user(Actor const& actor, std::optional<OrganisationId> organisation, UserId user);
    Result<void> enable_user(Actor const& actor, std::optional<OrganisationId> organisation, UserId user);
    /// A one-time temporary password from libsodium's randomness, returned once (never
    /// logged or audited). Every session of the user ends; the password signs in once,
    /// after which the user must choose a new one (set_required_password).
    Result<std::string> reset_password(Actor const& actor, std::optional<OrganisationId> organisation, UserId user);
    /// The new password a user must choose after a reset; the password policy applies.
    /// Conflict when none is due. Ends the user's other sessions.
    Result<void> set_required_password(
        Actor const& actor, std::string_view next, std::string const& kept_session_id_hash);
    Result<std::vector<Member>> members(Actor const& actor, OrganisationId organisation);
    Result<domain::User> find_by_email(Actor const& actor, std::string_view email);

    domain::CommonPasswords const& common_passwords() const { return m_common_passwords; }

private:
    store::Database& m_database;
    Clock const& m_clock;
    domain::CommonPasswords const& m_common_passwords;
};

} // namespace bolwerk::app
