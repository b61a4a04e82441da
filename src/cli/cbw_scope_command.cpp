#include "app/cbw_scope_service.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "common/json_text.hpp"
#include "domain/catalog/control_number.hpp"

#include <nlohmann/json.hpp>

#include <charconv>
#include <ostream>

namespace bolwerk::cli {

namespace {

Result<OrganisationId> parse_organisation(std::string const& text)
{
    return OrganisationId(TRY(parse_id_argument(text, "organisation id")));
}

} // namespace

Result<void> run_catalog_scope_set(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {}, 3));
    auto const organisation = TRY(parse_organisation(arguments.positional(0)));
    auto* database = TRY(context.database());
    app::CbwScopeService service(*database, context.clock());
    TRY(service.set(context.actor(), organisation, arguments.positional(1), arguments.positional(2)));
    if (!context.options().json)
        context.out() << "control " << arguments.positional(1) << ": Cbw scope set to " << arguments.positional(2)
                      << '\n';
    else
        context.out() << json_text(
            nlohmann::json{{"control", arguments.positional(1)}, {"scope", arguments.positional(2)}},
            JsonLayout::Indented)
                      << '\n';
    return ok();
}

Result<void> run_catalog_scope_list(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {}, 1));
    auto const organisation = TRY(parse_organisation(arguments.positional(0)));
    auto* database = TRY(context.database());
    app::CbwScopeService service(*database, context.clock());
    auto const scopes = TRY(service.scopes(context.actor(), organisation));
    auto json = nlohmann::json::object();
    for (auto const& control : domain::catalog::ControlNumber::all()) {
        auto const scope = to_string(scopes.scope(control));
        if (context.options().json)
            json[control.to_string()] = scope;
        else
            context.out() << control.to_string() << "  " << scope << '\n';
    }
    if (context.options().json)
        context.out() << json_text(json, JsonLayout::Indented) << '\n';
    return ok();
}

} // namespace bolwerk::cli
