#pragma once

#include "common/result.hpp"
#include "domain/audit_event.hpp"
#include "store/forward.hpp"

#include <cstdint>
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
