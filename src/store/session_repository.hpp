#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/session.hpp"
#include "store/forward.hpp"

#include <optional>
#include <string>

namespace bolwerk::store {

/// A stored session (the domain type), keyed by the SHA-256 of its id.
using SessionRecord = domain::Session;

/// SQL for `sessions`.
class SessionRepository {
public:
    static Result<void> insert(Transaction& transaction, SessionRecord const& session);
    static Result<std::optional<SessionRecord>> find(Connection& connection, std::string const& id_hash);
    static Result<void> touch(Connection& connection, std::string const& id_hash, Timestamp now);
    /// A privilege change (second factor passed, MFA enrolled): the session gets a new id
    /// and CSRF token and counts as multi-factor from now on (OWASP ASVS 3.2.1). False
    /// when the session no longer exists.
    static Result<bool> renew_with_second_factor(Transaction& transaction, std::string const& id_hash,
        std::string const& new_id_hash, std::string const& new_csrf_token);
    static Result<void> set_organisation(Connection& connection, std::string const& id_hash, OrganisationId id);
    static Result<void> set_language(Connection& connection, std::string const& id_hash, std::string const& language);
    static Result<void> remove(Transaction& transaction, std::string const& id_hash);
    /// Ends every session of `user`; returns how many there were.
    static Result<std::int64_t> remove_all_for_user(Transaction& transaction, UserId user);
    /// Ends every session of `user` but the one with `kept_id_hash`; returns how many.
    static Result<std::int64_t> remove_others_for_user(
        Transaction& transaction, UserId user, std::string const& kept_id_hash);
};

} // namespace bolwerk::store
