#pragma once

#include "common/result.hpp"
#include "store/forward.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace bolwerk::store {

/// SQL for `audit_checkpoints` (the database's copy of the signed checkpoints) and the
/// one lookup their verification needs.
class AuditCheckpointRepository {
public:
    struct StoredCheckpoint {
        std::string created_at;
        std::string key_id;
        std::string document; ///< The JSON line that was exported.
        std::string signature; ///< Hex.
    };
    static Result<void> insert(Connection& connection, StoredCheckpoint const& checkpoint);

    /// The hash of event `sequence` of `chain` as the database holds it now, if any.
    static Result<std::optional<std::string>> event_hash(
        Connection& connection, std::int64_t chain, std::int64_t sequence);
};

} // namespace bolwerk::store
