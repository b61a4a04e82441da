#pragma once

#include "common/result.hpp"
#include "store/database.hpp"

#include <filesystem>
#include <memory>
#include <string>

namespace bolwerk::testing {

/// A PostgreSQL cluster of a test's own, which the test may stop and start again (to
/// play a database outage or a restart). Started with scripts/postgres-test-cluster.sh
/// on a Unix socket in a fresh temporary folder, so it never collides with another
/// cluster's port; stopped and removed when the object goes. Not thread-safe.
class PostgresCluster {
public:
    /// Whether the PostgreSQL server binaries the script uses are installed.
    static bool available();
    /// Creates and starts a cluster (a few seconds: initdb).
    static Result<std::unique_ptr<PostgresCluster>> start();
    ~PostgresCluster();
    PostgresCluster(PostgresCluster const&) = delete;
    PostgresCluster& operator=(PostgresCluster const&) = delete;

    /// Stops the server at once (`pg_ctl -m immediate`); its sessions are cut.
    Result<void> stop();
    /// Starts it again on the same data.
    Result<void> resume();
    bool running() const { return m_running; }
    /// How to reach it as its superuser (the password read from its file).
    store::DatabaseConfig const& admin() const { return m_admin; }

private:
    explicit PostgresCluster(std::filesystem::path directory)
        : m_directory(std::move(directory))
    {
    }
    Result<std::string> run(std::string const& action) const;

    std::filesystem::path m_directory;
    store::DatabaseConfig m_admin;
    bool m_running = false;
};

/// True when BOLWERK_TEST_REQUIRE_POSTGRES=1 (CI): a missing PostgreSQL is a failure there.
bool postgres_required();

} // namespace bolwerk::testing
