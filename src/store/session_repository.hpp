#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"

#include <optional>
#include <string>

namespace bolwerk::store {

/// A stored session: keyed by the SHA-256 of its id, never by the id itself.
struct SessionRecord {
    std::string id_hash;
    UserId user{0};
    std::string csrf_token;
    bool mfa_passed = false;
    std::optional<OrganisationId> organisation; ///< The organisation the user works in now.
    std::string language = "nl";
    Timestamp created_at{};
    Timestamp last_seen_at{};
};

/// SQL for `sessions` and `login_failures`.
class SessionRepository {
public:
    static Result<void> insert(Transaction& transaction, SessionRecord const& session);
    static Result<std::optional<SessionRecord>> find(Connection& connection, std::string const& id_hash);
    static Result<void> touch(Connection& connection, std::string const& id_hash, Timestamp now);
    static Result<void> set_mfa_passed(Transaction& transaction, std::string const& id_hash);
    static Result<void> set_organisation(Connection& connection, std::string const& id_hash, OrganisationId id);
    static Result<void> set_language(Connection& connection, std::string const& id_hash, std::string const& language);
    static Result<void> remove(Transaction& transaction, std::string const& id_hash);
    /// Ends every session of `user`; returns how many there were.
    static Result<std::int64_t> remove_all_for_user(Transaction& transaction, UserId user);

    static Result<void> record_login_failure(Connection& connection, std::string const& key, Timestamp now);
    static Result<std::int64_t> count_login_failures(Connection& connection, std::string const& key, Timestamp since);
    static Result<void> clear_login_failures(Connection& connection, std::string const& key);
};

} // namespace bolwerk::store
