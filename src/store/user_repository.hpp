#pragma once

#include "common/result.hpp"
#include "domain/user.hpp"
#include "store/forward.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace bolwerk::store {

/// What a new user starts with.
struct NewUser {
    std::string email; ///< Normalised.
    std::string display_name;
    std::optional<std::string> password_hash;
    bool administrator = false;
};

/// SQL for `users` and `memberships`. A duplicate e-mail address is a Conflict.
class UserRepository {
public:
    static Result<domain::User> insert(Transaction& transaction, NewUser const& user, Timestamp now);
    static Result<domain::User> find(Connection& connection, UserId id);
    static Result<std::optional<domain::User>> find_by_email(Connection& connection, std::string_view email);
    static Result<std::int64_t> count(Connection& connection);

    /// A password the user chose: clears must_change_password.
    static Result<void> set_password_hash(Transaction& transaction, UserId id, std::string const& hash, Timestamp now);
    /// A temporary password from a reset: sets must_change_password.
    static Result<void> set_temporary_password_hash(
        Transaction& transaction, UserId id, std::string const& hash, Timestamp now);
    /// Removes the temporary password `hash` once it signed in, so that it works once
    /// only; false when it was used already (another sign-in at the same moment).
    static Result<bool> consume_temporary_password(Transaction& transaction, UserId id, std::string const& hash);
    /// Disables the user when `by` (the audit actor) is given; enables them otherwise.
    static Result<void> set_disabled(
        Transaction& transaction, UserId id, std::optional<std::string> const& by, Timestamp now);
    static Result<void> record_sign_in(Transaction& transaction, UserId id, Timestamp now);
    /// Users holding `role` in `organisation` who are not disabled, by id; read after
    /// locking the organisation's row until the transaction ends, so that two
    /// transactions that each take a holder away (disable, revoke) run one after the
    /// other and the second sees the first (PostgreSQL runs READ COMMITTED; SQLite's
    /// BEGIN IMMEDIATE serialises writers anyway).
    static Result<std::vector<UserId>> lock_active_holders(
        Transaction& transaction, OrganisationId organisation, domain::Role role);
    /// Stores a new, unconfirmed TOTP secret (enrolment started).
    static Result<void> set_totp_secret(Transaction& transaction, UserId id, std::string const& secret, Timestamp now);
    static Result<void> enable_totp(Transaction& transaction, UserId id, std::int64_t step, Timestamp now);
    /// Moves the last accepted time step forward, only if `step` is newer; false when
    /// it was not (the code was already used: replay).
    static Result<bool> advance_totp_step(Transaction& transaction, UserId id, std::int64_t step);

    static Result<void> add_membership(
        Transaction& transaction, UserId user, domain::Membership const& membership, Timestamp now);
    static Result<bool> remove_membership(Transaction& transaction, UserId user, domain::Membership const& membership);
    static Result<std::vector<domain::Membership>> memberships(Connection& connection, UserId user);

    /// Members of one organisation with their roles there, ordered by name.
    struct Member {
        domain::User user;
        std::vector<domain::Role> roles;
    };
    static Result<std::vector<Member>> members(Connection& connection, OrganisationId organisation);
};

} // namespace bolwerk::store
