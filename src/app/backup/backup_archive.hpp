#pragma once

#include "common/result.hpp"
#include "store/connection.hpp"

#include <cstdint>
#include <filesystem>
#include <string>

namespace bolwerk::app {

/// What a backup file says about itself. The file is one line "BOLWERK-BACKUP 1", one
/// line of JSON with these fields, then the payload: an SQLite database file (made with
/// the online backup API) or a `pg_dump --format=custom` archive.
struct BackupHeader {
    store::Backend backend = store::Backend::Sqlite;
    std::int64_t schema_version = 0; ///< The newest migration applied when it was made.
    std::string created_at; ///< ISO 8601, UTC.
    std::string bolwerk_version;
    std::uint64_t payload_bytes = 0;
    std::string payload_sha256; ///< Lower-case hex; checked before anything is restored.
};

/// Creates the empty file `path` with mode 0600; Unavailable if it exists already.
Result<void> create_private_file(std::filesystem::path const& path);

/// Writes `header` (its payload fields are filled in here) and the file `payload` to
/// `archive`: first to a temporary name beside it (mode 0600: a backup holds every
/// organisation's data and the password hashes), then renamed, so a half-written
/// backup never carries the final name. Refuses to overwrite an existing file.
Result<BackupHeader> write_backup_archive(
    std::filesystem::path const& archive, BackupHeader header, std::filesystem::path const& payload);

/// Reads and checks the header of `archive`. Invalid, naming the file and what is
/// wrong, for anything that is not a backup of this format.
Result<BackupHeader> read_backup_header(std::filesystem::path const& archive);

/// Copies the payload of `archive` to `target` (mode 0600) and checks its length and
/// SHA-256 against the header: a truncated or altered backup is refused (Invalid).
Result<void> extract_backup_payload(
    std::filesystem::path const& archive, BackupHeader const& header, std::filesystem::path const& target);

} // namespace bolwerk::app
