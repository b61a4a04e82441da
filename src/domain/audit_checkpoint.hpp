#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace bolwerk::domain {

/// One chain's head as a checkpoint saw it: its last event's sequence and hash.
struct AuditCheckpointHead {
    std::int64_t chain = 0;
    std::int64_t sequence = 0;
    std::string hash;
};

/// A signed statement "at `created_at` the audit trail ended here" over the heads of
/// every chain (issue #19 item 4; BIO2 8.15: logs protected against tampering). Whoever
/// controls the database can rewrite a chain and its head consistently; they cannot
/// make the events a checkpoint signed come back with the signed hashes.
struct AuditCheckpoint {
    std::string created_at; ///< ISO 8601, UTC.
    std::string key_id; ///< The first 16 hex digits of the SHA-256 of the public key.
    std::vector<AuditCheckpointHead> heads; ///< Ordered by chain.
};

/// The exact text that is signed: a version line, the time, the key id, and one line
/// "chain sequence hash" per head, each line ending in '\n'. Independent of any JSON
/// library's formatting, so a verifier in another language can rebuild it.
std::string checkpoint_signed_text(AuditCheckpoint const& checkpoint);

} // namespace bolwerk::domain
