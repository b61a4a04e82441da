#pragma once

#include "app/actor.hpp"
#include "app/audit_trail.hpp"
#include "app/backup/backup_archive.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "store/backup/database_inventory.hpp"
#include "store/migrator.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace bolwerk::app {

/// Backup and restore of the whole installation (issue #19 item 3; BIO2 8.13). The
/// database holds everything, evidence files included (evidence_blobs), so one file
/// holds one installation. Installation-wide: only the operator or an administrator.

/// Writes a backup of `database` to `archive` while the application keeps serving:
/// SQLite through the online backup API, PostgreSQL through `pg_dump --format=custom`.
/// The file records the schema version. `bolwerk_version` goes into the header.
Result<BackupHeader> back_up_database(store::Database& database, Actor const& actor, Clock const& clock,
    std::filesystem::path const& archive, std::string const& bolwerk_version);

enum class Overwrite : std::uint8_t { Refuse, Allow };

struct RestoreReport {
    BackupHeader header;
    store::MigrationReport migration; ///< Migrations applied after loading an older backup.
    std::vector<store::TableCount> tables;
    AuditVerification audit;
};

/// Replaces the contents of `database` with the backup in `archive`. Refuses a backup
/// of the other backend or with a schema newer than this binary (Invalid), a damaged
/// file (Invalid), and a database that holds organisations or accounts unless
/// `overwrite` is Allow (Conflict). After loading it applies any newer migrations and
/// verifies the audit trail; the report says whether the chains are intact. Stop the
/// web application first: its sessions and caches belong to the replaced data.
Result<RestoreReport> restore_database(store::Database& database, Actor const& actor, Clock const& clock,
    std::filesystem::path const& archive, Overwrite overwrite);

} // namespace bolwerk::app
