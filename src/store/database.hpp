#pragma once

#include "common/result.hpp"
#include "store/connection.hpp"

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::store {

/// Where the database is and how to reach it, parsed from `--database URL` or
/// BOLWERK_DATABASE: `sqlite:PATH` or `postgresql://user@host:port/name?…`.
/// The password is never part of a URL given on the command line; it comes from the
/// environment or a file and is kept apart here, never printed.
struct DatabaseConfig {
    Backend backend = Backend::Sqlite;
    std::string location; ///< A file path (SQLite) or a libpq connection URI (PostgreSQL).
    std::optional<std::string> password;
    std::size_t max_connections = 8;
    std::chrono::milliseconds busy_timeout{5000};

    /// Parses a database URL. Rejects unknown schemes, and a password inside the URL
    /// when `from_command_line` is set (it would be visible in `ps`).
    enum class Origin : std::uint8_t { CommandLine, Environment };
    static Result<DatabaseConfig> parse(std::string_view url, Origin origin);

    /// The URL with any password replaced by "***", for messages and logs.
    std::string redacted() const;
};

class PooledConnection;

/// A pool of connections to one database; the only way the rest of the program
/// reaches a database. Safe to share between threads. Connections are opened on
/// demand up to `max_connections`; acquire() waits for a free one beyond that.
class Database {
public:
    static Result<std::unique_ptr<Database>> open(DatabaseConfig config);

    ~Database();
    Database(Database const&) = delete;
    Database& operator=(Database const&) = delete;

    Backend backend() const { return m_config.backend; }
    DatabaseConfig const& config() const { return m_config; }

    /// A connection for the caller's exclusive use until the handle is destroyed.
    Result<PooledConnection> acquire();

private:
    friend class PooledConnection;
    explicit Database(DatabaseConfig config);
    Result<std::unique_ptr<Connection>> connect() const;
    void release(std::unique_ptr<Connection> connection);

    DatabaseConfig const m_config;
    std::mutex m_mutex;
    std::condition_variable m_released;
    std::vector<std::unique_ptr<Connection>> m_idle; // guarded by m_mutex
    std::size_t m_open_count = 0; // guarded by m_mutex
};

/// Exclusive use of one pooled connection; gives it back when destroyed. Must not
/// outlive the Database it came from.
class PooledConnection {
public:
    PooledConnection(Database& database, std::unique_ptr<Connection> connection)
        : m_database(&database)
        , m_connection(std::move(connection))
    {
    }
    PooledConnection(PooledConnection&& other) noexcept = default;
    PooledConnection& operator=(PooledConnection&&) = delete;
    ~PooledConnection();

    Connection& operator*() const { return *m_connection; }
    Connection* operator->() const { return m_connection.get(); }

private:
    Database* m_database;
    std::unique_ptr<Connection> m_connection;
};

} // namespace bolwerk::store
