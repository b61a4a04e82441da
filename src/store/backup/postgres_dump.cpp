#include "store/backup/postgres_dump.hpp"

#include "store/backup/child_process.hpp"
#include "store/database.hpp"

#include <cstdlib>
#include <fstream>
#include <libpq-fe.h>
#include <memory>
#include <unistd.h>

namespace bolwerk::store {

namespace {

// A private temporary folder, removed with what is in it.
class TemporaryFolder {
public:
    static Result<TemporaryFolder> create()
    {
        auto const base = std::filesystem::temp_directory_path() / "bolwerk-pg-XXXXXX";
        std::string pattern = base.string();
        if (mkdtemp(pattern.data()) == nullptr)
            return Error::unavailable("cannot create a temporary folder in " + base.parent_path().string());
        return TemporaryFolder(pattern);
    }
    TemporaryFolder(TemporaryFolder&& other) noexcept
        : m_path(std::exchange(other.m_path, {}))
    {
    }
    TemporaryFolder(TemporaryFolder const&) = delete;
    TemporaryFolder& operator=(TemporaryFolder const&) = delete;
    TemporaryFolder& operator=(TemporaryFolder&&) = delete;
    ~TemporaryFolder()
    {
        std::error_code ignored;
        if (!m_path.empty())
            std::filesystem::remove_all(m_path, ignored);
    }
    std::filesystem::path const& path() const { return m_path; }

private:
    explicit TemporaryFolder(std::filesystem::path path)
        : m_path(std::move(path))
    {
    }
    std::filesystem::path m_path;
};

// A .pgpass field: backslash and colon are escaped.
std::string pgpass_field(std::string_view text)
{
    std::string escaped;
    for (char const character : text) {
        if (character == '\\' || character == ':')
            escaped += '\\';
        escaped += character;
    }
    return escaped;
}

Result<void> write_password_file(std::filesystem::path const& path, std::string const& password)
{
    {
        std::ofstream file(path, std::ios::trunc);
        if (!file)
            return Error::unavailable("cannot write the temporary password file " + path.string());
    }
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
        std::filesystem::perm_options::replace);
    std::ofstream file(path, std::ios::trunc);
    file << "*:*:*:*:" << pgpass_field(password) << '\n';
    if (!file.flush())
        return Error::unavailable("cannot write the temporary password file " + path.string());
    return ok();
}

// The connection settings of `config` as libpq environment variables, the password in
// a PGPASSFILE inside `folder`.
Result<std::vector<std::pair<std::string, std::string>>> connection_environment(
    DatabaseConfig const& config, std::filesystem::path const& folder)
{
    char* parse_error = nullptr;
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(config.location.c_str(), &parse_error), PQconninfoFree);
    if (!options) {
        std::string const reason = parse_error != nullptr ? parse_error : "not a libpq connection URL";
        PQfreemem(parse_error);
        return Error::invalid("the PostgreSQL URL " + config.redacted() + " is not valid: " + reason);
    }
    std::vector<std::pair<std::string, std::string>> environment;
    std::optional<std::string> password = config.password;
    for (auto* option = options.get(); option->keyword != nullptr; ++option) {
        if (option->val == nullptr || option->envvar == nullptr)
            continue;
        if (std::string_view(option->keyword) == "password")
            password = password.value_or(option->val);
        else
            environment.emplace_back(option->envvar, option->val);
    }
    // A password in the caller's PGPASSWORD would win over the file; the file is ours.
    environment.emplace_back("PGPASSWORD", "");
    if (password) {
        auto const file = folder / "pgpass";
        TRY(write_password_file(file, *password));
        environment.emplace_back("PGPASSFILE", file.string());
    }
    return environment;
}

// `arguments_for` gets the libpq environment and gives the tool's arguments.
template <typename ArgumentsFor>
Result<void> run_postgres_tool(DatabaseConfig const& config, ArgumentsFor const& arguments_for)
{
    auto const folder = TRY(TemporaryFolder::create());
    ChildProcess process;
    process.environment = TRY(connection_environment(config, folder.path()));
    process.arguments = arguments_for(process.environment);
    return run_to_completion(process);
}

} // namespace

Result<void> dump_postgres(DatabaseConfig const& config, std::filesystem::path const& file)
{
    return run_postgres_tool(config, [&](auto const&) {
        return std::vector<std::string>{
            "pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file=" + file.string()};
    });
}

Result<void> restore_postgres(DatabaseConfig const& config, std::filesystem::path const& file)
{
    return run_postgres_tool(config, [&](std::vector<std::pair<std::string, std::string>> const& environment) {
        // pg_restore writes SQL to standard output unless it is given a database to
        // connect to; the name is no secret (the rest of the settings stay in PG*).
        // Without a name in the URL libpq takes the user's name, and so do we.
        std::string database = "postgres";
        std::string user;
        for (auto const& [name, value] : environment) {
            if (name == "PGUSER")
                user = value;
        }
        database = user.empty() ? database : user;
        for (auto const& [name, value] : environment) {
            if (name == "PGDATABASE")
                database = value;
        }
        std::vector<std::string> arguments{
            "pg_restore", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error"};
        arguments.push_back("--dbname=" + database);
        arguments.push_back(file.string());
        return arguments;
    });
}

} // namespace bolwerk::store
