#include "app/schema.hpp"
#include "app/services.hpp"
#include "cli/command.hpp"
#include "common/text.hpp"
#include "store/database.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <pwd.h>
#include <sstream>
#include <unistd.h>

namespace bolwerk::cli {

namespace {

constexpr std::string_view default_database_url = "sqlite:./data/bolwerk.db";
constexpr std::string_view default_data_directory = "./data";

std::string login_name()
{
    if (auto const* entry = getpwuid(geteuid()))
        return entry->pw_name;
    return "uid" + std::to_string(geteuid());
}

std::optional<std::string> environment(char const* name)
{
    char const* value = std::getenv(name);
    if (value == nullptr || *value == '\0')
        return std::nullopt;
    return std::string(value);
}

// The PostgreSQL password, from a file (preferred: it stays out of the process
// environment) or from the environment.
Result<std::optional<std::string>> read_password()
{
    if (auto const path = environment("BOLWERK_DATABASE_PASSWORD_FILE")) {
        std::ifstream file(*path);
        if (!file)
            return Error::unavailable("cannot read the password file named by BOLWERK_DATABASE_PASSWORD_FILE");
        std::stringstream content;
        content << file.rdbuf();
        return std::optional(std::string(trim(content.str())));
    }
    return environment("BOLWERK_DATABASE_PASSWORD");
}

Result<store::DatabaseConfig> resolve_config(GlobalOptions const& options)
{
    using Origin = store::DatabaseConfig::Origin;
    store::DatabaseConfig config;
    if (options.database_url) {
        config = TRY(store::DatabaseConfig::parse(*options.database_url, Origin::CommandLine));
    } else if (auto const url = environment("BOLWERK_DATABASE")) {
        config = TRY(store::DatabaseConfig::parse(*url, Origin::Environment));
    } else {
        std::error_code ignored;
        std::filesystem::create_directories(default_data_directory, ignored);
        std::filesystem::permissions(
            default_data_directory, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace, ignored);
        config = TRY(store::DatabaseConfig::parse(default_database_url, Origin::Environment));
    }
    if (config.backend == store::Backend::Postgres)
        config.password = TRY(read_password());
    return config;
}

} // namespace

CommandContext::CommandContext(
    GlobalOptions options, std::vector<std::string> arguments, std::ostream& out, std::ostream& err, Clock const& clock)
    : m_options(std::move(options))
    , m_arguments(std::move(arguments))
    , m_out(out)
    , m_err(err)
    , m_clock(clock)
    , m_actor(app::Actor::system_operator(login_name()))
{
}

CommandContext::~CommandContext() = default;

Result<store::Database*> CommandContext::database(Migrate migrate)
{
    if (m_database)
        return m_database.get();
    auto const config = TRY(resolve_config(m_options));
    m_database = TRY(store::Database::open(config));
    if (migrate == Migrate::Yes) {
        auto upgraded = app::upgrade_schema(*m_database, m_actor, m_clock);
        if (!upgraded) {
            m_database.reset();
            return std::move(upgraded).error();
        }
    }
    return m_database.get();
}

Result<app::Services*> CommandContext::services()
{
    if (m_services)
        return m_services.get();
    auto* database = TRY(this->database());
    m_services = TRY(app::Services::create(*database, m_clock, {}));
    return m_services.get();
}

} // namespace bolwerk::cli
