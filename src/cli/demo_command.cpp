#include "app/demo.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "store/database.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace bolwerk::cli {

Result<void> run_demo(CommandContext& context)
{
    TRY(Arguments::parse(context.arguments(), {}, 0));
    auto* database = TRY(context.database());
    auto const report = TRY(app::set_up_demo(*database, context.actor(), context.clock()));
    if (context.options().json) {
        context.out() << nlohmann::json{{"database", database->config().redacted()},
            {"organisation_id", report.organisation.id.value()}, {"organisation", report.organisation.name},
            {"created", report.created}, {"steps", report.steps}}
                             .dump(2)
                      << '\n';
        return ok();
    }
    context.out() << "Bolwerk demo in " << database->config().redacted() << '\n';
    for (auto const& step : report.steps)
        context.out() << "- " << step << '\n';
    context.out() << "Next: 'bolwerk org list' and 'bolwerk org show " << report.organisation.id.value()
                  << "'. The web interface arrives with a later release.\n";
    return ok();
}

} // namespace bolwerk::cli
