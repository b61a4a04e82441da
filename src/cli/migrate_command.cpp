#include "app/schema.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "common/json_text.hpp"
#include "store/database.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace bolwerk::cli {

Result<void> run_migrate(CommandContext& context)
{
    TRY(Arguments::parse(context.arguments(), {}, 0));
    auto* database = TRY(context.database(CommandContext::Migrate::No));
    auto const report = TRY(app::upgrade_schema(*database, context.actor(), context.clock()));
    if (context.options().json) {
        context.out() << json_text(
            nlohmann::json{{"database", database->config().redacted()}, {"version_before", report.version_before},
                {"version_after", report.version_after}, {"applied", report.applied}},
            JsonLayout::Indented)
                      << '\n';
        return ok();
    }
    context.out() << "database " << database->config().redacted() << '\n';
    for (auto const version : report.applied)
        context.out() << "applied migration " << version << '\n';
    context.out() << "schema at version " << report.version_after
                  << (report.applied.empty() ? " (already up to date)" : "") << '\n';
    return ok();
}

} // namespace bolwerk::cli
