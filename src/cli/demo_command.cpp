#include "app/demo.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "common/json_text.hpp"
#include "store/database.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

namespace bolwerk::cli {

namespace {

// The demo passwords are kept next to the SQLite file, readable by its owner only, so
// that a second `bolwerk demo` (e.g. scripts/run.sh) can show them again. They exist
// only in this data directory.
std::optional<std::filesystem::path> credentials_file(store::Database const& database)
{
    if (database.backend() != store::Backend::Sqlite)
        return std::nullopt;
    return std::filesystem::path(database.config().location).parent_path() / "demo-credentials.txt";
}

std::string format_credentials(std::vector<app::DemoCredential> const& credentials)
{
    std::ostringstream text;
    for (auto const& credential : credentials)
        text << "  " << credential.email << "  " << credential.password << "  " << credential.roles << '\n';
    return text.str();
}

void save_credentials(std::filesystem::path const& path, std::string const& text)
{
    std::ofstream file(path, std::ios::trunc);
    file << text;
    file.close();
    std::error_code ignored;
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
        std::filesystem::perm_options::replace, ignored);
}

std::string load_credentials(std::filesystem::path const& path)
{
    std::ifstream file(path);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

} // namespace

Result<void> run_demo(CommandContext& context)
{
    // --catalog LOCATION (repeatable): where to read the BIO2 text, tried in order.
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--catalog"}, 0));
    auto* database = TRY(context.database());
    auto const report = TRY(app::set_up_demo(
        *database, context.actor(), context.clock(), {.catalog_sources = arguments.flags("--catalog")}));
    auto const file = credentials_file(*database);
    std::string credentials = format_credentials(report.credentials);
    if (report.created && file)
        save_credentials(*file, credentials);
    else if (!report.created && file && std::filesystem::exists(*file))
        credentials = load_credentials(*file);
    if (context.options().json) {
        auto accounts = nlohmann::json::array();
        for (auto const& credential : report.credentials)
            accounts.push_back(
                {{"email", credential.email}, {"password", credential.password}, {"roles", credential.roles}});
        context.out() << json_text(
            nlohmann::json{{"database", database->config().redacted()},
                {"organisation_id", report.organisation.id.value()}, {"organisation", report.organisation.name},
                {"created", report.created}, {"steps", report.steps}, {"accounts", accounts}},
            JsonLayout::Indented)
                      << '\n';
        return ok();
    }
    context.out() << "Bolwerk demo in " << database->config().redacted() << '\n';
    for (auto const& step : report.steps)
        context.out() << "- " << step << '\n';
    if (!credentials.empty()) {
        context.out()
            << "Demo accounts (generated for this data directory only; e-mail, password, roles):\n"
            << credentials
            << "The beheerder, ciso and bestuurder set up two-factor authentication (TOTP) at the first sign-in.\n";
    }
    return ok();
}

} // namespace bolwerk::cli
