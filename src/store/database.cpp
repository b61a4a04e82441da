#include "store/database.hpp"

#include "common/text.hpp"
#include "store/postgres_connection.hpp"
#include "store/sqlite_connection.hpp"

namespace bolwerk::store {

namespace {

constexpr std::string_view sqlite_scheme = "sqlite:";

bool has_prefix(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// Finds the password part of `scheme://user:password@host…`, if any: [start, end).
std::optional<std::pair<std::size_t, std::size_t>> find_url_password(std::string_view url)
{
    auto const authority_start = url.find("://");
    if (authority_start == std::string_view::npos)
        return std::nullopt;
    auto const begin = authority_start + 3;
    auto const authority_end = url.find_first_of("/?", begin);
    auto const authority
        = url.substr(begin, authority_end == std::string_view::npos ? url.npos : authority_end - begin);
    auto const at = authority.rfind('@');
    if (at == std::string_view::npos)
        return std::nullopt;
    auto const colon = authority.substr(0, at).find(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    return std::pair{begin + colon + 1, begin + at};
}

std::string redact_url(std::string url)
{
    if (auto const password = find_url_password(url))
        url.replace(password->first, password->second - password->first, "***");
    return url;
}

} // namespace

Result<DatabaseConfig> DatabaseConfig::parse(std::string_view url, Origin origin)
{
    DatabaseConfig config;
    if (has_prefix(url, sqlite_scheme)) {
        config.backend = Backend::Sqlite;
        config.location = std::string(url.substr(sqlite_scheme.size()));
        if (has_prefix(config.location, "//"))
            config.location.erase(0, 2);
        if (config.location.empty())
            return Error::invalid("the SQLite database URL has no path (expected sqlite:PATH)", {.field = "database"});
        return config;
    }
    if (has_prefix(url, "postgresql://") || has_prefix(url, "postgres://")) {
        config.backend = Backend::Postgres;
        config.location = std::string(url);
        if (find_url_password(url) && origin == Origin::CommandLine) {
            return Error::invalid("a password in --database would be visible to other users; put it in "
                                  "BOLWERK_DATABASE_PASSWORD_FILE or BOLWERK_DATABASE_PASSWORD instead",
                {.field = "database"});
        }
        return config;
    }
    return Error::invalid(
        "unknown database URL '" + redact_url(std::string(url)) + "' (expected sqlite:PATH or postgresql://…)",
        {.field = "database"});
}

std::string DatabaseConfig::redacted() const
{
    if (backend == Backend::Sqlite)
        return std::string(sqlite_scheme) + location;
    return redact_url(location);
}

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
{
}

Database::~Database() = default;

Result<std::unique_ptr<Database>> Database::open(DatabaseConfig config)
{
    std::unique_ptr<Database> database(new Database(std::move(config)));
    // Open one connection now so that a wrong path or an unreachable server is
    // reported at start-up, not at the first request.
    auto first = TRY(database->connect());
    {
        std::lock_guard lock(database->m_mutex);
        database->m_open_count = 1;
    }
    database->release(std::move(first));
    return database;
}

Result<std::unique_ptr<Connection>> Database::connect() const
{
    if (m_config.backend == Backend::Sqlite)
        return open_sqlite_connection(m_config);
    return open_postgres_connection(m_config);
}

Result<PooledConnection> Database::acquire()
{
    std::unique_lock lock(m_mutex);
    auto const deadline = std::chrono::steady_clock::now() + m_config.busy_timeout;
    while (m_idle.empty() && m_open_count >= m_config.max_connections) {
        if (m_released.wait_until(lock, deadline) == std::cv_status::timeout && m_idle.empty()
            && m_open_count >= m_config.max_connections)
            return Error::unavailable(
                "all " + std::to_string(m_config.max_connections) + " database connections are in use");
    }
    if (!m_idle.empty()) {
        auto connection = std::move(m_idle.back());
        m_idle.pop_back();
        lock.unlock();
        if (auto revived = connection->revive(); !revived) {
            connection.reset();
            lock.lock();
            --m_open_count;
            m_released.notify_one();
            return std::move(revived).error();
        }
        return PooledConnection(*this, std::move(connection));
    }
    ++m_open_count;
    lock.unlock();
    auto connection = connect();
    if (!connection) {
        lock.lock();
        --m_open_count;
        m_released.notify_one();
        return std::move(connection).error();
    }
    return PooledConnection(*this, std::move(connection).value());
}

void Database::release(std::unique_ptr<Connection> connection)
{
    std::lock_guard lock(m_mutex);
    if (connection->healthy())
        m_idle.push_back(std::move(connection));
    else
        --m_open_count;
    m_released.notify_one();
}

PooledConnection::~PooledConnection()
{
    if (m_connection)
        m_database->release(std::move(m_connection));
}

} // namespace bolwerk::store
