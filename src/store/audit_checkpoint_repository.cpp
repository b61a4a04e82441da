#include "store/audit_checkpoint_repository.hpp"

#include "store/connection.hpp"

namespace bolwerk::store {

Result<void> AuditCheckpointRepository::insert(Connection& connection, StoredCheckpoint const& checkpoint)
{
    TRY(connection.query("INSERT INTO audit_checkpoints (created_at, key_id, document, signature) "
                         "VALUES ($1, $2, $3, $4)",
        {checkpoint.created_at, checkpoint.key_id, checkpoint.document, checkpoint.signature}));
    return ok();
}

Result<std::optional<std::string>> AuditCheckpointRepository::event_hash(
    Connection& connection, std::int64_t chain, std::int64_t sequence)
{
    auto const rows
        = TRY(connection.query("SELECT hash FROM audit_events WHERE chain = $1 AND sequence = $2", {chain, sequence}));
    if (rows.empty())
        return std::optional<std::string>();
    return std::optional(rows.front().text(0));
}

} // namespace bolwerk::store
