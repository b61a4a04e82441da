#pragma once

#include "common/result.hpp"
#include "domain/audit_event.hpp"
#include "store/forward.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::store {

/// SQL for the audit trail: `audit_events` and `audit_chain_heads`.
class AuditRepository {
public:
    /// Appends `event` to its chain inside `transaction`: assigns the next sequence
    /// number, the previous hash and the event's own hash, and moves the chain head.
    /// Updating the head row first serialises concurrent writers of one chain (a row
    /// lock on PostgreSQL, the database write lock on SQLite). The caller fills in
    /// everything but id, sequence, previous_hash and hash.
    static Result<domain::AuditEvent> append(Transaction& transaction, domain::AuditEvent event);

    /// The events of `chain` with sequence > `after_sequence`, oldest first, at most `limit`.
    static Result<std::vector<domain::AuditEvent>> list(
        Connection& connection, std::int64_t chain, std::int64_t after_sequence, std::int64_t limit);

    /// What to look for in one chain (issue #13 item 5); every part is optional.
    struct Filter {
        std::optional<Timestamp> from; ///< occurred_at >= from
        std::optional<Timestamp> until; ///< occurred_at < until
        std::optional<std::string> actor; ///< The actor's label, or an API token of that user.
        std::optional<std::string> object_type;
        std::optional<std::string> object_id;
        std::optional<std::int64_t> before_sequence; ///< For the next page, newest first.
    };

    /// The events of `chain` that match `filter`, newest first, at most `limit`.
    static Result<std::vector<domain::AuditEvent>> search(
        Connection& connection, std::int64_t chain, Filter const& filter, std::int64_t limit);

    /// The distinct actors and object types of `chain`, sorted: the choices of the filters.
    static Result<std::vector<std::string>> actors(Connection& connection, std::int64_t chain);
    static Result<std::vector<std::string>> object_types(Connection& connection, std::int64_t chain);

    /// The events of `chain` about one object, oldest first (a risk's history).
    static Result<std::vector<domain::AuditEvent>> for_object(
        Connection& connection, std::int64_t chain, std::string const& object_type, std::string const& object_id);

    /// Every chain that has a head, with its recorded last sequence and hash.
    struct ChainHead {
        std::int64_t chain = 0;
        std::int64_t last_sequence = 0;
        std::string last_hash;
    };
    static Result<std::vector<ChainHead>> heads(Connection& connection);

    /// Chains that have events but no head row (a head deleted by hand).
    static Result<std::vector<std::int64_t>> chains_without_head(Connection& connection);
};

} // namespace bolwerk::store
