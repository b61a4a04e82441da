#include "app/backup/backup_service.hpp"

#include "app/authorisation.hpp"
#include "store/backup/postgres_dump.hpp"
#include "store/backup/sqlite_copy.hpp"
#include "store/database.hpp"

#include <unistd.h>

namespace bolwerk::app {

namespace {

// A payload file in the folder of `beside`, removed (with SQLite's side files) when done.
class ScratchFile {
public:
    explicit ScratchFile(std::filesystem::path const& beside)
        : m_path(beside.string() + ".tmp-" + std::to_string(getpid()))
    {
        remove();
    }
    ScratchFile(ScratchFile const&) = delete;
    ScratchFile& operator=(ScratchFile const&) = delete;
    ScratchFile(ScratchFile&&) = delete;
    ScratchFile& operator=(ScratchFile&&) = delete;
    ~ScratchFile() { remove(); }
    std::filesystem::path const& path() const { return m_path; }

private:
    void remove() const
    {
        std::error_code ignored;
        for (auto const* suffix : {"", "-wal", "-shm", "-journal"})
            std::filesystem::remove(m_path.string() + suffix, ignored);
    }
    std::filesystem::path m_path;
};

std::int64_t newest_known_schema() { return store::builtin_migrations().back().version; }

Result<void> dump_payload(store::Database& database, std::filesystem::path const& payload)
{
    auto const& config = database.config();
    if (config.backend == store::Backend::Sqlite)
        return store::copy_sqlite_database(config.location, payload, config.busy_timeout);
    return store::dump_postgres(config, payload);
}

Result<void> check_restorable(
    store::Database& database, BackupHeader const& header, std::filesystem::path const& archive, Overwrite overwrite)
{
    if (header.backend != database.backend()) {
        return Error::invalid(archive.string() + " is a " + std::string(store::to_string(header.backend))
            + " backup; it restores only into a " + std::string(store::to_string(header.backend)) + " database");
    }
    if (header.schema_version > newest_known_schema()) {
        return Error::invalid(archive.string() + " has schema version " + std::to_string(header.schema_version)
            + ", newer than this Bolwerk knows (" + std::to_string(newest_known_schema())
            + "); restore it with the Bolwerk version that made it (" + header.bolwerk_version + ") or newer");
    }
    auto connection = TRY(database.acquire());
    if (overwrite == Overwrite::Refuse && TRY(store::holds_data(*connection))) {
        return Error::conflict("the database " + database.config().redacted()
            + " already holds organisations or accounts; restore overwrites it only with --force");
    }
    return ok();
}

Result<void> load_payload(store::Database& database, std::filesystem::path const& payload)
{
    auto const& config = database.config();
    if (config.backend == store::Backend::Sqlite)
        return store::copy_sqlite_database(payload, config.location, config.busy_timeout);
    {
        // pg_restore loads into an empty schema; the caller has allowed overwriting.
        auto connection = TRY(database.acquire());
        TRY(store::drop_all_tables(*connection));
    }
    return store::restore_postgres(config, payload);
}

} // namespace

Result<BackupHeader> back_up_database(store::Database& database, Actor const& actor, Clock const& clock,
    std::filesystem::path const& archive, std::string const& bolwerk_version)
{
    TRY(authorise(actor, Permission::DatabaseBackup));
    if (std::filesystem::exists(archive))
        return Error::conflict(archive.string() + " exists already; choose another name for the backup");
    BackupHeader header{.backend = database.backend(),
        .schema_version = TRY(store::check_schema(database, store::builtin_migrations())),
        .created_at = format_timestamp(clock.now()),
        .bolwerk_version = bolwerk_version};
    ScratchFile const payload(archive);
    // Created first with mode 0600: the copy holds every organisation's data.
    TRY(create_private_file(payload.path()));
    TRY(dump_payload(database, payload.path()));
    return write_backup_archive(archive, std::move(header), payload.path());
}

Result<RestoreReport> restore_database(store::Database& database, Actor const& actor, Clock const& clock,
    std::filesystem::path const& archive, Overwrite overwrite)
{
    TRY(authorise(actor, Permission::DatabaseRestore));
    RestoreReport report{.header = TRY(read_backup_header(archive)), .migration = {}, .tables = {}, .audit = {}};
    TRY(check_restorable(database, report.header, archive, overwrite));
    auto const scratch_folder = database.backend() == store::Backend::Sqlite
        ? std::filesystem::path(database.config().location)
        : std::filesystem::temp_directory_path() / "bolwerk-restore";
    ScratchFile const payload(scratch_folder);
    TRY(extract_backup_payload(archive, report.header, payload.path()));
    TRY(load_payload(database, payload.path()));
    report.migration = TRY(store::migrate(database, store::builtin_migrations(), clock.now()));
    {
        auto connection = TRY(database.acquire());
        report.tables = TRY(store::count_rows_per_table(*connection));
    }
    report.audit = TRY(verify_audit_trail(database, actor));
    return report;
}

} // namespace bolwerk::app
