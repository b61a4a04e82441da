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
    std::vector<domain::Role> roles;
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
    Result<void> revoke_role(Actor const& actor, UserId user, domain::Membership const& membership);
    Result<std::vector<Member>> members(Actor const& actor, OrganisationId organisation);
    Result<domain::User> find_by_email(Actor const& actor, std::string_view email);

    domain::CommonPasswords const& common_passwords() const { return m_common_passwords; }

private:
    store::Database& m_database;
    Clock const& m_clock;
    domain::CommonPasswords const& m_common_passwords;
};

} // namespace bolwerk::app
