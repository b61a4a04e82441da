#include "store/backup/sqlite_copy.hpp"

#include <memory>
#include <sqlite3.h>

namespace bolwerk::store {

namespace {

struct CloseHandle {
    void operator()(sqlite3* handle) const { sqlite3_close_v2(handle); }
};
using Handle = std::unique_ptr<sqlite3, CloseHandle>;

Result<Handle> open_file(std::filesystem::path const& path, int flags, std::chrono::milliseconds busy_timeout)
{
    sqlite3* raw = nullptr;
    int const code = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    Handle handle(raw);
    if (code != SQLITE_OK) {
        return Error::unavailable("cannot open the SQLite database " + path.string() + ": "
            + (raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(code)));
    }
    sqlite3_busy_timeout(raw, static_cast<int>(busy_timeout.count()));
    return handle;
}

} // namespace

Result<void> copy_sqlite_database(
    std::filesystem::path const& from, std::filesystem::path const& to, std::chrono::milliseconds busy_timeout)
{
    if (!std::filesystem::exists(from))
        return Error::not_found("the SQLite database " + from.string() + " does not exist");
    auto const source = TRY(open_file(from, SQLITE_OPEN_READONLY, busy_timeout));
    auto const target = TRY(open_file(to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, busy_timeout));
    auto* backup = sqlite3_backup_init(target.get(), "main", source.get(), "main");
    if (backup == nullptr)
        return Error::unavailable("cannot copy " + from.string() + ": " + sqlite3_errmsg(target.get()));
    // All pages in one step: one read transaction on the source gives one consistent
    // state. In WAL mode that transaction does not block the writers of the source.
    // A lock held longer than the busy timeout ends the copy with SQLITE_BUSY: an error.
    int const code = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (code != SQLITE_DONE) {
        return Error::unavailable(
            "copying the SQLite database " + from.string() + " to " + to.string() + " failed: " + sqlite3_errstr(code));
    }
    return ok();
}

} // namespace bolwerk::store
