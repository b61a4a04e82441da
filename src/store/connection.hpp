#pragma once

#include "common/result.hpp"
#include "store/result_set.hpp"
#include "store/value.hpp"

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>

namespace bolwerk::store {

enum class Backend : std::uint8_t { Sqlite, Postgres };

std::string_view to_string(Backend backend);

/// One session with a database. SQL uses `$1, $2, …` placeholders on every backend
/// and is prepared once per connection, then reused from a cache keyed by its text.
/// A Connection is used by one thread at a time; the pool in Database hands it out.
class Connection {
public:
    virtual ~Connection() = default;
    Connection() = default;
    Connection(Connection const&) = delete;
    Connection& operator=(Connection const&) = delete;

    virtual Backend backend() const = 0;

    /// Runs one statement with bound parameters and returns all of its rows.
    Result<ResultSet> query(std::string_view sql, std::span<Value const> parameters) { return run(sql, parameters); }
    Result<ResultSet> query(std::string_view sql, std::initializer_list<Value> parameters = {})
    {
        return run(sql, {parameters.begin(), parameters.size()});
    }

    /// Runs several statements without parameters (migrations, BEGIN/COMMIT).
    virtual Result<void> execute_script(std::string_view sql) = 0;

    /// False once the connection is known to be broken; the pool then drops it.
    virtual bool healthy() const = 0;

    /// Called by the pool before it hands out an idle connection: makes sure it still
    /// reaches the server, reconnecting when the server closed it meanwhile (e.g. a
    /// PostgreSQL restart; issue #10 item 13). Does not wait on an open connection. An
    /// error means the server cannot be reached now; the pool then drops the connection.
    virtual Result<void> revive() { return ok(); }

protected:
    virtual Result<ResultSet> run(std::string_view sql, std::span<Value const> parameters) = 0;
};

/// A database transaction on one connection. It rolls back in its destructor unless
/// commit() succeeded, so an early `return error;` never leaves a half-done write.
/// The connection must outlive the transaction. Not copyable; movable.
class Transaction {
public:
    /// Starts a read-write transaction. On SQLite it takes the write lock at once
    /// (BEGIN IMMEDIATE), so two writers queue on the busy timeout instead of one of
    /// them failing halfway when it upgrades a read lock.
    static Result<Transaction> begin(Connection& connection);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(Transaction const&) = delete;
    ~Transaction();

    Result<ResultSet> query(std::string_view sql, std::initializer_list<Value> parameters = {})
    {
        return m_connection->query(sql, parameters);
    }
    Result<ResultSet> query(std::string_view sql, std::span<Value const> parameters)
    {
        return m_connection->query(sql, parameters);
    }

    Result<void> commit();
    Result<void> rollback();

    Connection& connection() { return *m_connection; }
    Backend backend() const { return m_connection->backend(); }

private:
    explicit Transaction(Connection& connection)
        : m_connection(&connection)
    {
    }

    Connection* m_connection;
    bool m_active = true;
};

} // namespace bolwerk::store
