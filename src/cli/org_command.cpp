#include "app/organisation_service.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "common/json_text.hpp"
#include "common/text.hpp"
#include "store/database.hpp"

#include <nlohmann/json.hpp>

#include <charconv>
#include <ostream>

namespace bolwerk::cli {

namespace {

void print_details(std::ostream& out, domain::Organisation const& organisation)
{
    out << "id          " << organisation.id.value() << '\n'
        << "name        " << organisation.name << '\n'
        << "kind        " << domain::to_string(organisation.kind) << '\n'
        << "oin         " << (organisation.oin ? organisation.oin->value() : "-") << '\n'
        << "kvk_number  " << (organisation.kvk_number ? organisation.kvk_number->value() : "-") << '\n'
        << "created_at  " << format_timestamp(organisation.created_at) << '\n'
        << "updated_at  " << format_timestamp(organisation.updated_at) << '\n'
        << "version     " << organisation.version << '\n';
}

Result<OrganisationId> parse_id(std::string const& text)
{
    return OrganisationId(TRY(parse_id_argument(text, "organisation id")));
}

} // namespace

Result<void> run_org_create(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--name", "--kind", "--oin", "--kvk"}, 0));
    app::OrganisationInput input{
        .name = TRY(arguments.required_flag("--name")),
        .kind = TRY(arguments.required_flag("--kind")),
        .oin = arguments.flag("--oin"),
        .kvk_number = arguments.flag("--kvk"),
    };
    auto* database = TRY(context.database());
    app::OrganisationService service(*database, context.clock());
    auto const organisation = TRY(service.create(context.actor(), input));
    if (context.options().json) {
        context.out() << json_text(app::organisation_to_json(organisation), JsonLayout::Indented) << '\n';
        return ok();
    }
    context.out() << "created organisation " << organisation.id.value() << " '" << organisation.name << "'\n";
    return ok();
}

Result<void> run_org_list(CommandContext& context)
{
    TRY(Arguments::parse(context.arguments(), {}, 0));
    auto* database = TRY(context.database());
    app::OrganisationService service(*database, context.clock());
    auto const organisations = TRY(service.list(context.actor()));
    if (context.options().json) {
        auto list = nlohmann::json::array();
        for (auto const& organisation : organisations)
            list.push_back(app::organisation_to_json(organisation));
        context.out() << json_text(list, JsonLayout::Indented) << '\n';
        return ok();
    }
    if (organisations.empty()) {
        context.out() << "no organisations yet; add one with 'bolwerk org create' or try 'bolwerk demo'\n";
        return ok();
    }
    context.out() << "ID  KIND        NAME\n";
    for (auto const& organisation : organisations) {
        auto const id = std::to_string(organisation.id.value());
        auto const kind = std::string(domain::to_string(organisation.kind));
        context.out() << id << std::string(id.size() < 4 ? 4 - id.size() : 1, ' ') << kind
                      << std::string(kind.size() < 12 ? 12 - kind.size() : 1, ' ') << organisation.name << '\n';
    }
    return ok();
}

Result<void> run_org_show(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {}, 1));
    auto const id = TRY(parse_id(arguments.positional(0)));
    auto* database = TRY(context.database());
    app::OrganisationService service(*database, context.clock());
    auto const organisation = TRY(service.show(context.actor(), id));
    if (context.options().json)
        context.out() << json_text(app::organisation_to_json(organisation), JsonLayout::Indented) << '\n';
    else
        print_details(context.out(), organisation);
    return ok();
}

} // namespace bolwerk::cli
