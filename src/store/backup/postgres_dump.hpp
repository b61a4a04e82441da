#pragma once

#include "common/result.hpp"
#include "store/forward.hpp"

#include <filesystem>

namespace bolwerk::store {

/// Writes the PostgreSQL database of `config` to `file` with `pg_dump --format=custom`
/// (one consistent snapshot; the server keeps serving). The connection settings reach
/// pg_dump through libpq's environment variables (PGHOST, PGPORT, ...) and the password
/// through a temporary PGPASSFILE (mode 0600), never through its command line.
Result<void> dump_postgres(DatabaseConfig const& config, std::filesystem::path const& file);

/// Loads a dump made by dump_postgres() into the (empty) database of `config` with
/// `pg_restore --single-transaction --exit-on-error`: all or nothing.
Result<void> restore_postgres(DatabaseConfig const& config, std::filesystem::path const& file);

} // namespace bolwerk::store
