#include "raw_baseline.hpp"

#include <libpq-fe.h>
#include <sqlite3.h>

namespace bolwerk::bench {

namespace {

constexpr char const* insert_sql = "INSERT INTO bench_items (id, organisation_id, name, score) VALUES ($1, 1, $2, 0.5)";
constexpr char const* read_sql = "SELECT id, name, score FROM bench_items WHERE id = $1 AND organisation_id = 1";

class RawSqlite final : public RawConnection {
public:
    explicit RawSqlite(std::string const& path)
    {
        sqlite3_open_v2(path.c_str(), &m_handle, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_exec(m_handle, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", nullptr, nullptr, nullptr);
        sqlite3_prepare_v3(m_handle, insert_sql, -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr);
        sqlite3_prepare_v3(m_handle, read_sql, -1, SQLITE_PREPARE_PERSISTENT, &m_read, nullptr);
    }
    ~RawSqlite() override
    {
        sqlite3_finalize(m_insert);
        sqlite3_finalize(m_read);
        sqlite3_close_v2(m_handle);
    }
    bool begin() override { return sqlite3_exec(m_handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK; }
    bool commit() override { return sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK; }
    bool insert(std::int64_t id, std::string const& name) override
    {
        sqlite3_reset(m_insert);
        sqlite3_bind_int64(m_insert, 1, id);
        sqlite3_bind_text(m_insert, 2, name.data(), static_cast<int>(name.size()), SQLITE_STATIC);
        return sqlite3_step(m_insert) == SQLITE_DONE;
    }
    long read(std::int64_t id) override
    {
        sqlite3_reset(m_read);
        sqlite3_bind_int64(m_read, 1, id);
        if (sqlite3_step(m_read) != SQLITE_ROW)
            return -1;
        std::string const name(reinterpret_cast<char const*>(sqlite3_column_text(m_read, 1)));
        return static_cast<long>(name.size());
    }

private:
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_insert = nullptr;
    sqlite3_stmt* m_read = nullptr;
};

class RawPostgres final : public RawConnection {
public:
    explicit RawPostgres(store::DatabaseConfig const& config)
    {
        char const* keywords[] = {"dbname", "password", nullptr};
        char const* values[] = {config.location.c_str(), config.password ? config.password->c_str() : nullptr, nullptr};
        m_handle = PQconnectdbParams(keywords, values, 1);
        PQclear(PQprepare(m_handle, "insert", insert_sql, 0, nullptr));
        PQclear(PQprepare(m_handle, "read", read_sql, 0, nullptr));
    }
    ~RawPostgres() override { PQfinish(m_handle); }
    bool begin() override { return command("BEGIN"); }
    bool commit() override { return command("COMMIT"); }
    bool insert(std::int64_t id, std::string const& name) override
    {
        auto const id_text = std::to_string(id);
        char const* values[] = {id_text.c_str(), name.c_str()};
        PGresult* result = PQexecPrepared(m_handle, "insert", 2, values, nullptr, nullptr, 0);
        bool const done = PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
        return done;
    }
    long read(std::int64_t id) override
    {
        auto const id_text = std::to_string(id);
        char const* values[] = {id_text.c_str()};
        PGresult* result = PQexecPrepared(m_handle, "read", 1, values, nullptr, nullptr, 0);
        long length = -1;
        if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1)
            length = static_cast<long>(std::string(PQgetvalue(result, 0, 1)).size());
        PQclear(result);
        return length;
    }

private:
    bool command(char const* sql)
    {
        PGresult* result = PQexec(m_handle, sql);
        bool const done = PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
        return done;
    }
    PGconn* m_handle = nullptr;
};

} // namespace

std::unique_ptr<RawConnection> open_raw(store::DatabaseConfig const& config)
{
    if (config.backend == store::Backend::Sqlite)
        return std::make_unique<RawSqlite>(config.location);
    return std::make_unique<RawPostgres>(config);
}

} // namespace bolwerk::bench
