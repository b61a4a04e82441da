#include "web/risk/system_pages.hpp"

#include "app/authorisation.hpp"
#include "app/risk/risk_service.hpp"
#include "common/integer_text.hpp"
#include "common/json_text.hpp"
#include "common/text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/risk/risk_pages.hpp"
#include "web/risk/risk_view_support.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <span>

namespace bolwerk::web {

using namespace risk_view;

namespace {

using Json = nlohmann::json;

constexpr std::array cia_levels{"laag", "midden", "hoog"};
constexpr std::array system_flags{
    "internet_facing", "operational_technology", "cloud", "critical_for_service_delivery"};

Json flag_texts(RequestContext const& context, domain::InformationSystem const& system)
{
    auto flags = Json::array();
    auto const add = [&](bool on, std::string const& key) {
        if (on)
            flags.push_back(context.text(key));
    };
    add(system.internet_facing, "system_internet_facing");
    add(system.operational_technology, "system_operational_technology");
    add(system.cloud, "system_cloud");
    add(system.critical_for_service_delivery, "system_critical_for_service_delivery");
    return flags;
}

Json system_row(RequestContext const& context, OrganisationId id, app::SystemView const& view,
    std::map<InformationSystemId, std::string> const& names)
{
    auto dependencies = Json::array();
    for (auto const dependency : view.system.depends_on) {
        auto const name = names.find(dependency);
        dependencies.push_back({{"name", name == names.end() ? dependency.to_string() : name->second},
            {"href", systems_path(id) + "/" + dependency.to_string()}});
    }
    auto flags = flag_texts(context, view.system);
    std::string flag_text;
    for (auto const& flag : flags)
        flag_text += (flag_text.empty() ? "" : ", ") + flag.get<std::string>();
    return {{"name", view.system.name}, {"href", systems_path(id) + "/" + view.system.id.to_string()},
        {"owner", view.system.owner}, {"description", view.system.description},
        {"own", cia_json(context, view.system.classification)},
        {"effective", cia_json(context, view.effective_classification)},
        {"inherited", !(view.effective_classification == view.system.classification)}, {"dependencies", dependencies},
        {"has_dependencies", !dependencies.empty()}, {"flags", flag_text.empty() ? std::string("–") : flag_text}};
}

Json cia_options(RequestContext const& context, std::string const& chosen)
{
    auto options = Json::array();
    for (auto const* level : cia_levels)
        options.push_back(
            {{"value", level}, {"label", context.text("cia_" + std::string(level))}, {"selected", chosen == level}});
    return options;
}

// What the system form shows and where it posts: registering (no system) or changing
// one, at the version it was loaded at.
struct SystemFormTarget {
    OrganisationId organisation{0};
    std::optional<InformationSystemId> system;
    std::int64_t version = 0;
    std::string heading;
};

// The form's values: as posted, or taken from the stored system.
struct SystemFormState {
    Json values = Json::object();
    std::set<std::string> depends_on;
};

SystemFormState posted_system_state(RequestContext& context)
{
    SystemFormState state{posted_values(context), {}};
    for (auto const& [name, value] : context.form()) {
        if (name == "depends_on")
            state.depends_on.insert(value);
    }
    return state;
}

SystemFormState stored_system_state(domain::InformationSystem const& system)
{
    SystemFormState state;
    state.values = {{"name", system.name}, {"owner", system.owner}, {"description", system.description},
        {"availability", std::string(domain::to_string(system.classification.availability))},
        {"integrity", std::string(domain::to_string(system.classification.integrity))},
        {"confidentiality", std::string(domain::to_string(system.classification.confidentiality))}};
    for (auto const& [flag, on] : std::array<std::pair<char const*, bool>, 4>{
             {{"internet_facing", system.internet_facing}, {"operational_technology", system.operational_technology},
                 {"cloud", system.cloud}, {"critical_for_service_delivery", system.critical_for_service_delivery}}}) {
        if (on)
            state.values[flag] = "1";
    }
    for (auto const dependency : system.depends_on)
        state.depends_on.insert(dependency.to_string());
    return state;
}

Response system_form_page(RequestContext& context, SystemFormTarget const& target,
    std::vector<app::SystemView> const& systems, SystemFormState const& state, Error const* error, bool stale = false)
{
    auto const& values = state.values;
    Json errors = Json::object();
    auto dependencies = Json::array();
    for (auto const& view : systems) {
        if (target.system && view.system.id == *target.system)
            continue; // a system cannot depend on itself
        auto const value = view.system.id.to_string();
        dependencies.push_back({{"value", value}, {"label", view.system.name}, {"id", "depends-on-" + value},
            {"checked", state.depends_on.contains(value)}});
    }
    auto aspects = Json::array();
    for (auto const* aspect : {"availability", "integrity", "confidentiality"}) {
        aspects.push_back({{"name", aspect}, {"label", context.text("cia_aspect_" + std::string(aspect))},
            {"options", cia_options(context, values.value(aspect, "laag"))}});
    }
    auto flags = Json::array();
    for (auto const* flag : system_flags) {
        flags.push_back({{"name", flag}, {"label", context.text("system_" + std::string(flag))},
            {"checked", values.contains(flag)}});
    }
    auto const id = target.organisation;
    bool const editing = target.system.has_value();
    auto const system_path = editing ? systems_path(id) + "/" + target.system->to_string() : std::string();
    Page page{.template_name = "system_form",
        .title_key = editing ? "system_edit_title" : "system_form_title",
        .breadcrumbs = {{context.text("systems_title"), systems_path(id)}},
        .current_navigation = "systems"};
    if (editing)
        page.breadcrumbs.push_back({target.heading, system_path});
    if (stale) {
        page.problem = context.text("system_changed_by_someone_else");
        page.status = 409;
    } else if (error) {
        show_form_error(context, page, errors, *error);
    }
    page.data = {{"organisation_id", id.to_string()}, {"values", values}, {"errors", errors}, {"aspects", aspects},
        {"flags", flags}, {"dependencies", dependencies}, {"has_dependencies", !dependencies.empty()},
        {"editing", editing}, {"version", std::to_string(target.version)},
        {"action", editing ? system_path + "/bewerken" : systems_path(id)}, {"cancel", system_path},
        {"button", context.text(editing ? "system_save_button" : "system_register_button")}};
    if (editing)
        page.data["heading"] = target.heading;
    return render_page(context, std::move(page));
}

Result<domain::InformationSystemDraft> system_draft_from_form(RequestContext& context)
{
    domain::InformationSystemDraft draft;
    draft.name = context.field("name");
    draft.owner = context.field("owner");
    draft.description = context.field("description");
    draft.classification.availability = TRY(domain::parse_cia_level(context.field("availability"), "availability"));
    draft.classification.integrity = TRY(domain::parse_cia_level(context.field("integrity"), "integrity"));
    draft.classification.confidentiality
        = TRY(domain::parse_cia_level(context.field("confidentiality"), "confidentiality"));
    draft.internet_facing = !context.field("internet_facing").empty();
    draft.operational_technology = !context.field("operational_technology").empty();
    draft.cloud = !context.field("cloud").empty();
    draft.critical_for_service_delivery = !context.field("critical_for_service_delivery").empty();
    for (auto const& [name, value] : context.form()) {
        if (name != "depends_on")
            continue;
        auto const dependency = parse_integer(value).value_or(0);
        if (dependency < 1)
            return Error::invalid("choose systems from the list", {.field = "depends_on"});
        draft.depends_on.emplace_back(dependency);
    }
    return draft;
}

// What both steps of changing a system load, after the permission (RiskWrite) is checked.
struct SystemEdit {
    OrganisationId organisation{0};
    app::SystemView current;
    std::vector<app::SystemView> systems;
};

Result<SystemEdit> open_system_edit(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    InformationSystemId const system(TRY(id_parameter(context, "system")));
    TRY(app::authorise(context.actor, app::Permission::RiskWrite, id));
    auto& service = service_of(context);
    // Each step into its own variable: a TRY that returns from inside a braced
    // initializer would leave the members built before it undestroyed.
    auto current = TRY(service.show_system(context.actor, id, system));
    auto systems = TRY(service.list_systems(context.actor, id));
    return SystemEdit{id, std::move(current), std::move(systems)};
}

} // namespace

Result<Response> show_systems(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto const systems = service_of(context).list_systems(context.actor, id);
    if (!systems)
        return systems.error();
    auto const names = system_names(*systems);
    auto rows = Json::array();
    for (auto const& view : *systems)
        rows.push_back(system_row(context, id, view, names));
    std::string notice;
    if (form_value(parse_form(context.request.query), "geregistreerd"))
        notice = context.text("system_registered");
    return render_page(context,
        {.template_name = "systems",
            .title_key = "systems_title",
            .data = {{"organisation_id", id.to_string()}, {"systems", rows}, {"has_systems", !rows.empty()},
                {"can_write", allowed(context, app::Permission::RiskWrite, id)}},
            .current_navigation = "systems",
            .notice = std::move(notice)});
}

Result<Response> show_system_form(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    if (auto const permission = app::authorise(context.actor, app::Permission::RiskWrite, id); !permission)
        return refused_or(context, permission);
    auto const systems = TRY(service_of(context).list_systems(context.actor, id));
    return system_form_page(context, {.organisation = id}, systems, {}, nullptr);
}

Result<Response> submit_system(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    if (auto const permission = app::authorise(context.actor, app::Permission::RiskWrite, id); !permission)
        return refused_or(context, permission);
    auto& service = service_of(context);
    auto const systems = TRY(service.list_systems(context.actor, id));
    auto const refused = [&](Error const& error) {
        return system_form_page(context, {.organisation = id}, systems, posted_system_state(context), &error);
    };
    auto const draft = system_draft_from_form(context);
    if (!draft)
        return refused(draft.error());
    auto const created = service.create_system(context.actor, id, *draft);
    if (!created && created.error().kind() == ErrorKind::Invalid)
        return refused(created.error());
    if (!created)
        return created.error();
    return Response::redirect(systems_path(id) + "/" + created->id.to_string() + "?geregistreerd=1");
}

Result<Response> show_system_edit_form(RequestContext& context)
{
    auto const edit = TRY(open_system_edit(context));
    auto const& system = edit.current.system;
    return system_form_page(context, {edit.organisation, system.id, system.version, system.name}, edit.systems,
        stored_system_state(system), nullptr);
}

Result<Response> submit_system_edit(RequestContext& context)
{
    auto const edit = TRY(open_system_edit(context));
    auto const id = edit.organisation;
    auto const system_id = edit.current.system.id;
    auto const& systems = edit.systems;
    auto& service = service_of(context);
    auto const version = parse_integer(context.field("version")).value_or(0);
    if (version < 1)
        return Error::invalid("the form carries no version; open it again", {.field = "version"});
    auto const refused = [&](Error const& error, SystemFormTarget const& target, bool stale) {
        return system_form_page(context, target, systems, posted_system_state(context), &error, stale);
    };
    SystemFormTarget const target{id, system_id, version, edit.current.system.name};
    auto const draft = system_draft_from_form(context);
    if (!draft)
        return refused(draft.error(), target, false);
    auto const updated = service.update_system(context.actor, id, system_id, *draft, version);
    // A conflict on the name is the user's to fix; any other conflict is a stale version.
    if (!updated && updated.error().kind() == ErrorKind::Conflict && !updated.error().location().field) {
        auto const latest = TRY(service.show_system(context.actor, id, system_id));
        return refused(updated.error(), {id, system_id, latest.system.version, latest.system.name}, true);
    }
    if (!updated && (updated.error().kind() == ErrorKind::Invalid || updated.error().kind() == ErrorKind::Conflict))
        return refused(updated.error(), target, false);
    if (!updated)
        return updated.error();
    return Response::redirect(systems_path(id) + "/" + system_id.to_string() + "?gewijzigd=1");
}

Result<Response> show_system(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto const system_id = TRY(id_parameter(context, "system"));
    auto& service = service_of(context);
    auto const systems = service.list_systems(context.actor, id);
    if (!systems)
        return systems.error();
    auto const found = std::find_if(systems->begin(), systems->end(),
        [&](app::SystemView const& view) { return view.system.id.value() == system_id; });
    if (found == systems->end())
        return Error::not_found("information system does not exist");
    auto const names = system_names(*systems);
    // Who depends on this system: the source of an inherited classification.
    auto dependents = Json::array();
    for (auto const& view : *systems) {
        if (std::find(view.system.depends_on.begin(), view.system.depends_on.end(), found->system.id)
            != view.system.depends_on.end())
            dependents.push_back(system_row(context, id, view, names));
    }
    domain::RiskFilter filter;
    filter.system = found->system.id;
    auto const risks = service.search_risks(context.actor, id, filter, 0, 500);
    if (!risks)
        return risks.error();
    auto const risk_list = risk_rows(context, id, risks->risks);
    std::string notice;
    auto const query = parse_form(context.request.query);
    if (form_value(query, "geregistreerd"))
        notice = context.text("system_registered");
    else if (form_value(query, "gewijzigd"))
        notice = context.text("system_saved");
    Page page{.template_name = "system_detail",
        .title_key = "system_detail_title",
        .data = {{"organisation_id", id.to_string()}, {"system", system_row(context, id, *found, names)},
            {"dependents", dependents}, {"has_dependents", !dependents.empty()}, {"risks", risk_list},
            {"has_risks", !risk_list.empty()}, {"classified_at", format_timestamp(found->system.classified_at)},
            {"can_write", allowed(context, app::Permission::RiskWrite, id)}},
        .breadcrumbs = {{context.text("systems_title"), systems_path(id)}},
        .current_navigation = "systems",
        .notice = std::move(notice)};
    page.data["heading"] = found->system.name;
    return render_page(context, std::move(page));
}

} // namespace bolwerk::web
