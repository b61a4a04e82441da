#include "app/risk/risk_json.hpp"
#include "app/risk/risk_service.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "common/json_text.hpp"
#include "common/text.hpp"
#include "store/database.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace bolwerk::cli {

namespace {

Result<domain::CiaLevel> cia_flag(Arguments const& arguments, char const* flag, std::string const& field)
{
    auto const value = arguments.flag(flag);
    if (!value)
        return domain::CiaLevel::Laag;
    return domain::parse_cia_level(*value, field);
}

Result<domain::InformationSystemDraft> system_draft(Arguments const& arguments)
{
    domain::InformationSystemDraft draft;
    draft.name = TRY(arguments.required_flag("--name"));
    draft.owner = TRY(arguments.required_flag("--owner"));
    draft.description = arguments.flag("--description").value_or("");
    draft.classification = {TRY(cia_flag(arguments, "--availability", "availability")),
        TRY(cia_flag(arguments, "--integrity", "integrity")),
        TRY(cia_flag(arguments, "--confidentiality", "confidentiality"))};
    draft.internet_facing = arguments.has_switch("--internet-facing");
    draft.operational_technology = arguments.has_switch("--ot");
    draft.cloud = arguments.has_switch("--cloud");
    draft.critical_for_service_delivery = arguments.has_switch("--critical");
    if (auto const depends_on = arguments.flag("--depends-on")) {
        for (auto const part : split(*depends_on, ','))
            draft.depends_on.emplace_back(TRY(parse_id_argument(std::string(trim(part)), "system id")));
    }
    return draft;
}

std::string cia_text(domain::Cia const& cia)
{
    return "B:" + std::string(domain::to_string(cia.availability)) + " I:"
        + std::string(domain::to_string(cia.integrity)) + " V:" + std::string(domain::to_string(cia.confidentiality));
}

} // namespace

Result<void> run_system_add(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(),
        {"--org", "--name", "--owner", "--description", "--availability", "--integrity", "--confidentiality",
            "--depends-on"},
        0, {"--internet-facing", "--ot", "--cloud", "--critical"}));
    OrganisationId const organisation(TRY(parse_id_argument(TRY(arguments.required_flag("--org")), "organisation id")));
    auto const draft = TRY(system_draft(arguments));
    auto* database = TRY(context.database());
    app::RiskService service(*database, context.clock());
    auto const system = TRY(service.create_system(context.actor(), organisation, draft));
    if (context.options().json)
        context.out() << json_text(app::system_to_json(system), JsonLayout::Indented) << '\n';
    else
        context.out() << "registered system " << system.id.value() << " '" << system.name << "'\n";
    return ok();
}

Result<void> run_system_list(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org"}, 0));
    OrganisationId const organisation(TRY(parse_id_argument(TRY(arguments.required_flag("--org")), "organisation id")));
    auto* database = TRY(context.database());
    app::RiskService service(*database, context.clock());
    auto const views = TRY(service.list_systems(context.actor(), organisation));
    if (context.options().json) {
        auto list = nlohmann::json::array();
        for (auto const& view : views) {
            auto entry = app::system_to_json(view.system);
            entry["effective_classification"] = app::cia_to_json(view.effective_classification);
            list.push_back(entry);
        }
        context.out() << json_text(list, JsonLayout::Indented) << '\n';
        return ok();
    }
    if (views.empty())
        context.out() << "no systems registered yet; add one with 'bolwerk system add'\n";
    for (auto const& view : views) {
        context.out() << view.system.id.value() << "  " << view.system.name << "  own "
                      << cia_text(view.system.classification) << "  effective "
                      << cia_text(view.effective_classification) << '\n';
    }
    return ok();
}

} // namespace bolwerk::cli
