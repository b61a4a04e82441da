#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/audit_checkpoint.hpp"
#include "store/forward.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace bolwerk::app {

/// Signed audit checkpoints (issue #19 item 4): Ed25519 (libsodium) signatures over the
/// chain heads, with a key kept outside the database, so that a rewrite of the trail
/// made after a checkpoint shows even when the rewrite is consistent.

/// The key pair written by generate_audit_signing_key().
struct AuditSigningKey {
    std::filesystem::path secret_file; ///< Hex of the 64-byte secret key, mode 0600.
    std::filesystem::path public_file; ///< Hex of the 32-byte public key (secret_file + ".pub").
    std::string key_id;
};

/// Writes a new key pair to `secret_file` (mode 0600; refuses an existing file) and
/// `secret_file`.pub. Only the operator or an administrator.
Result<AuditSigningKey> generate_audit_signing_key(Actor const& actor, std::filesystem::path const& secret_file);

/// A checkpoint with its signature: one JSON line of the checkpoint file.
struct SignedAuditCheckpoint {
    domain::AuditCheckpoint checkpoint;
    std::string signature; ///< Hex of the Ed25519 signature of checkpoint_signed_text().
    std::string public_key; ///< Hex.
};
std::string to_json_line(SignedAuditCheckpoint const& signed_checkpoint);

/// Signs the current heads of every chain with the key in `secret_file`, stores the
/// checkpoint in the database, and returns it (the caller appends it to the export file).
Result<SignedAuditCheckpoint> create_audit_checkpoint(
    store::Database& database, Actor const& actor, Clock const& clock, std::filesystem::path const& secret_file);

/// What a checkpoint says that the database no longer does.
struct AuditCheckpointFinding {
    std::string checkpoint; ///< The checkpoint's time.
    std::int64_t chain = 0;
    std::string reason;
};

/// Checks every checkpoint in `checkpoints_file` (JSON lines) against `public_key_file`
/// and the database: the signature must verify with that key, and every head it signed
/// must still be there with the same hash. A malformed file is Invalid (naming the line).
Result<std::vector<AuditCheckpointFinding>> check_audit_checkpoints(store::Database& database, Actor const& actor,
    std::filesystem::path const& checkpoints_file, std::filesystem::path const& public_key_file);

} // namespace bolwerk::app
