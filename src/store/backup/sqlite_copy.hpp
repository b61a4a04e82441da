#pragma once

#include "common/result.hpp"

#include <chrono>
#include <filesystem>

namespace bolwerk::store {

/// Copies the whole SQLite database `from` into `to` with SQLite's online backup API
/// (sqlite3_backup_*): page by page inside one read transaction on `from`, so the copy
/// is one consistent state while other connections keep reading and writing (WAL).
/// `to` is created when missing and replaced wholly otherwise, under its write lock,
/// so the same call serves a backup (live database to a new file) and a restore (a
/// backup's database into the live file). Waits up to `busy_timeout` for locks.
Result<void> copy_sqlite_database(
    std::filesystem::path const& from, std::filesystem::path const& to, std::chrono::milliseconds busy_timeout);

} // namespace bolwerk::store
