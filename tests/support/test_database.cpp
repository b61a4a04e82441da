#include "support/test_database.hpp"

#include "store/migrator.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace bolwerk::testing {

namespace {

std::optional<std::string> environment(char const* name)
{
    char const* value = std::getenv(name);
    if (value == nullptr || *value == '\0')
        return std::nullopt;
    return std::string(value);
}

std::optional<std::string> postgres_password()
{
    auto const path = environment("BOLWERK_TEST_POSTGRES_PASSWORD_FILE");
    if (!path)
        return std::nullopt;
    std::ifstream file(*path);
    std::string password;
    std::getline(file, password);
    return password;
}

std::string unique_suffix()
{
    static std::atomic<int> counter{0};
    return std::to_string(getpid()) + "_" + std::to_string(counter++) + "_"
        + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count() % 1000000);
}

store::DatabaseConfig admin_config()
{
    auto config = store::DatabaseConfig::parse(
        *environment("BOLWERK_TEST_POSTGRES_URL"), store::DatabaseConfig::Origin::Environment);
    BOLWERK_VERIFY(config.has_value());
    config->password = postgres_password();
    config->max_connections = 1;
    return *config;
}

// Replaces the database name (the path of the URL) with `name`.
std::string with_database_name(std::string const& url, std::string const& name)
{
    auto const scheme_end = url.find("://") + 3;
    auto const path = url.find('/', scheme_end);
    auto const query = url.find('?', scheme_end);
    std::string const base = url.substr(0, path == std::string::npos ? query : path);
    std::string const rest = query == std::string::npos ? "" : url.substr(query);
    return base + "/" + name + rest;
}

void run_admin(store::DatabaseConfig const& admin_config, std::string const& sql)
{
    auto admin = store::Database::open(admin_config);
    ASSERT_TRUE(admin) << admin.error().to_string();
    auto connection = (*admin)->acquire();
    ASSERT_TRUE(connection);
    auto const done = (*connection)->execute_script(sql);
    ASSERT_TRUE(done) << done.error().to_string();
}

} // namespace

std::vector<store::Backend> test_backends()
{
    std::vector<store::Backend> backends{store::Backend::Sqlite};
    if (environment("BOLWERK_TEST_POSTGRES_URL"))
        backends.push_back(store::Backend::Postgres);
    else if (environment("BOLWERK_TEST_REQUIRE_POSTGRES") == "1")
        ADD_FAILURE() << "BOLWERK_TEST_REQUIRE_POSTGRES=1 but BOLWERK_TEST_POSTGRES_URL is not set";
    return backends;
}

std::string backend_name(store::Backend backend) { return std::string(store::to_string(backend)); }

std::unique_ptr<TestDatabase> TestDatabase::create(store::Backend backend)
{
    if (backend == store::Backend::Postgres)
        return create_on(admin_config());
    std::unique_ptr<TestDatabase> database(new TestDatabase());
    auto const directory = std::filesystem::temp_directory_path() / ("bolwerk-test-" + unique_suffix());
    std::filesystem::create_directories(directory);
    database->m_cleanup = directory.string();
    database->m_config.backend = store::Backend::Sqlite;
    database->m_config.location = (directory / "bolwerk.db").string();
    return database;
}

std::unique_ptr<TestDatabase> TestDatabase::create_on(store::DatabaseConfig const& admin)
{
    std::unique_ptr<TestDatabase> database(new TestDatabase());
    auto const name = "bolwerk_test_" + unique_suffix();
    run_admin(admin, "CREATE DATABASE " + name);
    database->m_cleanup = name;
    database->m_admin = admin;
    database->m_config = admin;
    database->m_config.location = with_database_name(admin.location, name);
    database->m_config.max_connections = 8;
    return database;
}

TestDatabase::~TestDatabase()
{
    if (m_config.backend == store::Backend::Sqlite) {
        std::error_code ignored;
        std::filesystem::remove_all(m_cleanup, ignored);
        return;
    }
    run_admin(m_admin, "DROP DATABASE IF EXISTS " + m_cleanup + " WITH (FORCE)");
}

std::string TestDatabase::url() const
{
    if (m_config.backend == store::Backend::Sqlite)
        return "sqlite:" + m_config.location;
    return m_config.location;
}

std::unique_ptr<store::Database> TestDatabase::open() const
{
    auto database = store::Database::open(m_config);
    if (!database) {
        ADD_FAILURE() << "cannot open test database: " << database.error().to_string();
        return nullptr;
    }
    return std::move(database).value();
}

std::unique_ptr<store::Database> open_migrated(TestDatabase const& test_database)
{
    auto database = test_database.open();
    if (!database)
        return nullptr;
    auto const report = store::migrate(*database, store::builtin_migrations(), Timestamp{});
    if (!report) {
        ADD_FAILURE() << "migration failed: " << report.error().to_string();
        return nullptr;
    }
    return database;
}

} // namespace bolwerk::testing
