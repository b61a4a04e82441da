#include "store/sqlite_connection.hpp"

#include "store/database.hpp"

#include <sqlite3.h>

#include <string>
#include <unordered_map>

namespace bolwerk::store {

namespace {

Error sqlite_error(sqlite3* handle, int code, std::string_view context)
{
    std::string message = std::string(context) + ": " + (handle ? sqlite3_errmsg(handle) : sqlite3_errstr(code));
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Error::unavailable(message + " (the database is busy)");
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM: return Error::unavailable(message);
    case SQLITE_CONSTRAINT:
        if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY)
            return Error::conflict(message);
        return Error::invalid(message);
    default: return Error::internal(message);
    }
}

// Owns one prepared statement.
struct StatementDeleter {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

class SqliteConnection final : public Connection {
public:
    explicit SqliteConnection(sqlite3* handle)
        : m_handle(handle)
    {
    }
    SqliteConnection(SqliteConnection const&) = delete;
    SqliteConnection& operator=(SqliteConnection const&) = delete;
    SqliteConnection(SqliteConnection&&) = delete;
    SqliteConnection& operator=(SqliteConnection&&) = delete;
    ~SqliteConnection() override
    {
        m_statements.clear();
        sqlite3_close_v2(m_handle);
    }

    Backend backend() const override { return Backend::Sqlite; }
    bool healthy() const override { return true; }

    Result<void> execute_script(std::string_view sql) override
    {
        std::string const text(sql);
        char* message = nullptr;
        int const code = sqlite3_exec(m_handle, text.c_str(), nullptr, nullptr, &message);
        if (code == SQLITE_OK)
            return ok();
        std::string const detail = message ? message : sqlite3_errstr(code);
        sqlite3_free(message);
        return sqlite_error(nullptr, code, detail);
    }

protected:
    Result<ResultSet> run(std::string_view sql, std::span<Value const> parameters) override
    {
        auto* statement = TRY(prepare(sql));
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        TRY(bind(statement, parameters));
        auto result = step_all(statement);
        sqlite3_reset(statement);
        return result;
    }

private:
    Result<sqlite3_stmt*> prepare(std::string_view sql)
    {
        std::string key(sql);
        if (auto found = m_statements.find(key); found != m_statements.end())
            return found->second.get();
        sqlite3_stmt* raw = nullptr;
        int const code = sqlite3_prepare_v3(
            m_handle, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
        if (code != SQLITE_OK)
            return sqlite_error(m_handle, code, "preparing SQL");
        Statement statement(raw);
        auto* pointer = statement.get();
        m_statements.emplace(std::move(key), std::move(statement));
        return pointer;
    }

    Result<void> bind(sqlite3_stmt* statement, std::span<Value const> parameters)
    {
        int const expected = sqlite3_bind_parameter_count(statement);
        if (expected != static_cast<int>(parameters.size()))
            return Error::internal("statement expects " + std::to_string(expected) + " parameters, got "
                + std::to_string(parameters.size()));
        for (std::size_t i = 0; i < parameters.size(); ++i) {
            std::string const name = "$" + std::to_string(i + 1);
            int const index = sqlite3_bind_parameter_index(statement, name.c_str());
            if (index == 0)
                return Error::internal("statement has no parameter " + name);
            TRY(bind_one(statement, index, parameters[i]));
        }
        return ok();
    }

    Result<void> bind_one(sqlite3_stmt* statement, int index, Value const& value)
    {
        int code = SQLITE_OK;
        if (std::holds_alternative<Null>(value))
            code = sqlite3_bind_null(statement, index);
        else if (auto const* number = std::get_if<std::int64_t>(&value))
            code = sqlite3_bind_int64(statement, index, *number);
        else if (auto const* real = std::get_if<double>(&value))
            code = sqlite3_bind_double(statement, index, *real);
        else if (auto const* text = std::get_if<std::string>(&value))
            code = sqlite3_bind_text64(statement, index, text->data(), text->size(), SQLITE_STATIC, SQLITE_UTF8);
        else if (auto const* blob = std::get_if<Blob>(&value))
            code = sqlite3_bind_blob64(statement, index, blob->bytes.data(), blob->bytes.size(), SQLITE_STATIC);
        if (code != SQLITE_OK)
            return sqlite_error(m_handle, code, "binding a parameter");
        return ok();
    }

    Result<ResultSet> step_all(sqlite3_stmt* statement)
    {
        int const columns = sqlite3_column_count(statement);
        std::vector<std::string> names;
        names.reserve(static_cast<std::size_t>(columns));
        for (int i = 0; i < columns; ++i)
            names.emplace_back(sqlite3_column_name(statement, i));
        ResultSet result(std::move(names));
        while (true) {
            int const code = sqlite3_step(statement);
            if (code == SQLITE_DONE)
                break;
            if (code != SQLITE_ROW)
                return sqlite_error(m_handle, sqlite3_extended_errcode(m_handle), "running SQL");
            for (int i = 0; i < columns; ++i)
                result.append_cell(read_cell(statement, i));
        }
        result.set_affected_rows(sqlite3_changes64(m_handle));
        return result;
    }

    static Value read_cell(sqlite3_stmt* statement, int column)
    {
        switch (sqlite3_column_type(statement, column)) {
        case SQLITE_INTEGER: return std::int64_t{sqlite3_column_int64(statement, column)};
        case SQLITE_FLOAT: return sqlite3_column_double(statement, column);
        case SQLITE_TEXT: {
            auto const* text = reinterpret_cast<char const*>(sqlite3_column_text(statement, column));
            return std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(statement, column)));
        }
        case SQLITE_BLOB: {
            auto const* bytes = static_cast<char const*>(sqlite3_column_blob(statement, column));
            auto const size = static_cast<std::size_t>(sqlite3_column_bytes(statement, column));
            return Blob{bytes ? std::string(bytes, size) : std::string()};
        }
        default: return Null{};
        }
    }

    sqlite3* m_handle;
    std::unordered_map<std::string, Statement> m_statements;
};

} // namespace

Result<std::unique_ptr<Connection>> open_sqlite_connection(DatabaseConfig const& config)
{
    sqlite3* handle = nullptr;
    int const flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    int const code = sqlite3_open_v2(config.location.c_str(), &handle, flags, nullptr);
    if (code != SQLITE_OK) {
        auto error = sqlite_error(handle, code, "opening SQLite database '" + config.location + "'");
        sqlite3_close_v2(handle);
        return error;
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, static_cast<int>(config.busy_timeout.count()));
    auto connection = std::make_unique<SqliteConnection>(handle);
    // WAL lets readers run beside one writer; FULL syncs the WAL at every commit so an
    // acknowledged write survives power loss, not only a crash of this process.
    TRY(connection->execute_script("PRAGMA journal_mode = WAL;"
                                   "PRAGMA synchronous = FULL;"
                                   "PRAGMA foreign_keys = ON;"));
    return std::unique_ptr<Connection>(std::move(connection));
}

} // namespace bolwerk::store
