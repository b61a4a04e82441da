#pragma once

#include "common/result.hpp"
#include "store/connection.hpp"

#include <memory>

namespace bolwerk::store {

struct DatabaseConfig;

/// Opens a SQLite connection to the file in `config.location`, creating the file if
/// needed (not its directory). Every connection runs in WAL mode with foreign keys
/// on, `synchronous=FULL` (a committed write survives a crash of the process or the
/// machine) and a busy timeout, so that writers from several processes queue.
Result<std::unique_ptr<Connection>> open_sqlite_connection(DatabaseConfig const& config);

} // namespace bolwerk::store
