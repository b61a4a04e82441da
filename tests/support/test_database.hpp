#pragma once

#include "store/database.hpp"

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace bolwerk::store {
/// Lets GoogleTest print a backend by name in parameterised test output.
inline void PrintTo(Backend backend, std::ostream* out) { *out << to_string(backend); }
} // namespace bolwerk::store

namespace bolwerk::testing {

/// The backends the store suites run on: SQLite always, PostgreSQL when the
/// environment names a server (BOLWERK_TEST_POSTGRES_URL, an administrative URL
/// whose user may create databases, with BOLWERK_TEST_POSTGRES_PASSWORD_FILE).
/// When BOLWERK_TEST_REQUIRE_POSTGRES=1 a missing server is a failure, not a skip.
std::vector<store::Backend> test_backends();

/// A new, empty database for one test, removed again when the object goes: a file
/// in a fresh temporary directory, or a freshly created PostgreSQL database.
class TestDatabase {
public:
    static std::unique_ptr<TestDatabase> create(store::Backend backend);
    /// A freshly created PostgreSQL database on the server that `admin` reaches (whose
    /// user may create databases), e.g. a cluster a test started itself.
    static std::unique_ptr<TestDatabase> create_on(store::DatabaseConfig const& admin);
    ~TestDatabase();

    store::DatabaseConfig const& config() const { return m_config; }
    /// Lets a suite change how the database is opened (pool size, busy timeout) before open().
    store::DatabaseConfig& mutable_config() { return m_config; }
    /// The URL to hand a child process (the password travels separately).
    std::string url() const;
    /// Opens (another) pool on this database.
    std::unique_ptr<store::Database> open() const;

private:
    TestDatabase() = default;
    store::DatabaseConfig m_config;
    store::DatabaseConfig m_admin; // PostgreSQL: how the database is dropped again
    std::string m_cleanup; // a directory (SQLite) or a database name (PostgreSQL)
};

/// Opens the database and applies the built-in migrations; fails the test otherwise.
std::unique_ptr<store::Database> open_migrated(TestDatabase const& database);

/// "sqlite" / "postgresql", for parameterised test names.
std::string backend_name(store::Backend backend);

} // namespace bolwerk::testing
