#include "support/postgres_cluster.hpp"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <unistd.h>

namespace bolwerk::testing {

namespace {

constexpr char const* server_binary = "/usr/lib/postgresql/15/bin/pg_ctl";
// Any number: the cluster listens on a socket in its own folder, never on a TCP port.
constexpr int socket_port = 5432;

std::string value_after(std::string const& output, std::string const& name)
{
    auto const start = output.find(name + "=");
    if (start == std::string::npos)
        return {};
    auto const end = output.find('\n', start);
    return output.substr(start + name.size() + 1, end - start - name.size() - 1);
}

} // namespace

bool PostgresCluster::available() { return ::access(server_binary, X_OK) == 0; }

bool postgres_required()
{
    char const* required = std::getenv("BOLWERK_TEST_REQUIRE_POSTGRES");
    return required != nullptr && std::string_view(required) == "1";
}

Result<std::string> PostgresCluster::run(std::string const& action) const
{
    // The folder and port go in the environment of the script; no secret is on the
    // command line (the password stays in the cluster's file).
    std::string const script = std::string(BOLWERK_SOURCE_DIR) + "/scripts/postgres-test-cluster.sh";
    std::string const command = "BOLWERK_TEST_POSTGRES_DIR='" + m_directory.string() + "' BOLWERK_TEST_POSTGRES_PORT="
        + std::to_string(socket_port) + " BOLWERK_TEST_POSTGRES_SOCKET_ONLY=1 '" + script + "' " + action + " 2>&1";
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr)
        return Error::unavailable("cannot run scripts/postgres-test-cluster.sh");
    std::string output;
    char chunk[512];
    while (auto const read = std::fread(chunk, 1, sizeof chunk, pipe))
        output.append(chunk, read);
    if (::pclose(pipe) != 0)
        return Error::unavailable("scripts/postgres-test-cluster.sh " + action + " failed: " + output);
    return output;
}

Result<std::unique_ptr<PostgresCluster>> PostgresCluster::start()
{
    static std::atomic<int> counter{0};
    auto const directory = std::filesystem::temp_directory_path()
        / ("bolwerk-test-cluster-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::unique_ptr<PostgresCluster> cluster(new PostgresCluster(directory));
    auto const output = TRY(cluster->run("start"));
    auto const url = value_after(output, "BOLWERK_TEST_POSTGRES_URL");
    cluster->m_admin = TRY(store::DatabaseConfig::parse(url, store::DatabaseConfig::Origin::Environment));
    std::ifstream password_file(value_after(output, "BOLWERK_TEST_POSTGRES_PASSWORD_FILE"));
    std::string password;
    std::getline(password_file, password);
    cluster->m_admin.password = password;
    cluster->m_admin.max_connections = 1;
    cluster->m_running = true;
    return cluster;
}

PostgresCluster::~PostgresCluster()
{
    (void)stop();
    std::error_code ignored;
    std::filesystem::remove_all(m_directory, ignored);
}

Result<void> PostgresCluster::stop()
{
    TRY(run("stop"));
    m_running = false;
    return ok();
}

Result<void> PostgresCluster::resume()
{
    TRY(run("resume"));
    m_running = true;
    return ok();
}

} // namespace bolwerk::testing
