#pragma once

#include "common/clock.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::store {

/// One numbered schema change, embedded in the binary from `store/migrations/`.
struct Migration {
    std::int64_t version;
    std::string_view name;
    std::string_view sql; ///< Portable SQL with {{id}} and {{blob}} tokens.
};

/// All migrations this binary knows, in ascending version order.
std::vector<Migration> const& builtin_migrations();

/// The SQL of `migration` for `backend`, with its tokens replaced.
std::string render_migration(Migration const& migration, Backend backend);

/// What the migrator found and did.
struct MigrationReport {
    std::int64_t version_before = 0;
    std::int64_t version_after = 0;
    std::vector<std::int64_t> applied;
};

/// Brings a database to the newest schema this binary knows: it applies the missing
/// migrations in order, each recorded by a row in `schema_migrations` (version, name,
/// checksum, time), all in one transaction: a failure leaves the schema as it was. It refuses a database whose
/// schema is newer than the binary (Unavailable), and one where an applied migration's
/// checksum differs from ours (Conflict): the schema is then not what the code expects.
/// Several processes may call it at once; they serialise on a lock.
Result<MigrationReport> migrate(Database& database, std::vector<Migration> const& migrations, Timestamp now);

/// The newest applied version, 0 for an empty database; also checks as migrate() does,
/// without changing anything.
Result<std::int64_t> check_schema(Database& database, std::vector<Migration> const& migrations);

} // namespace bolwerk::store
