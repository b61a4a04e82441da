#include "web/risk/risk_views.hpp"

#include "app/authorisation.hpp"
#include "app/risk/methodology_json.hpp"
#include "app/risk/risk_service.hpp"
#include "common/json_text.hpp"
#include "common/text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/risk/risk_pages.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <set>
#include <span>

namespace bolwerk::web {

namespace {

using Json = nlohmann::json;

constexpr std::int64_t board_top = 10;
constexpr std::int64_t overdue_page = 200;
/// An acceptance that ends within this many days is "expiring" on the board's view.
constexpr int expiring_within_days = 60;

std::string replace_all(std::string text, std::string_view from, std::string_view to)
{
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

app::RiskService service_of(RequestContext& context)
{
    return app::RiskService(context.services.database, context.services.clock);
}

Date today(RequestContext const& context)
{
    return std::chrono::floor<std::chrono::days>(context.services.clock.now());
}

std::string organisation_path(OrganisationId id) { return "/organisaties/" + id.to_string(); }
std::string risks_path(OrganisationId id) { return organisation_path(id) + "/risicos"; }
std::string systems_path(OrganisationId id) { return organisation_path(id) + "/systemen"; }

bool allowed(RequestContext const& context, app::Permission permission, OrganisationId id)
{
    return app::authorise(context.actor, permission, id).has_value();
}

// A numeric path parameter; NotFound when malformed (it names nothing that exists).
Result<std::int64_t> id_parameter(RequestContext const& context, std::string_view name)
{
    auto const text = context.parameters.get(name).value_or("");
    std::int64_t value = 0;
    auto const parsed = std::from_chars(text.data(), text.data() + text.size(), value);
    if (parsed.ec != std::errc{} || parsed.ptr != text.data() + text.size() || value < 1)
        return Error::not_found("'" + std::string(text) + "' does not exist");
    return value;
}

std::string label_of(RequestContext const& context, std::string const& nl, std::string const& en)
{
    return context.language == Language::English && !en.empty() ? en : nl;
}

std::string cia_text(RequestContext const& context, domain::CiaLevel level)
{
    return context.text("cia_" + std::string(domain::to_string(level)));
}

Json cia_json(RequestContext const& context, domain::Cia const& cia)
{
    return {{"availability", cia_text(context, cia.availability)}, {"integrity", cia_text(context, cia.integrity)},
        {"confidentiality", cia_text(context, cia.confidentiality)}};
}

std::string optional_date_text(std::optional<Date> const& date) { return date ? format_date(*date) : "–"; }

// One row of a risk table: what the register, the board and the system pages show.
Json risk_row(RequestContext const& context, OrganisationId id, domain::Risk const& risk)
{
    return {{"href", risks_path(id) + "/" + risk.id.to_string()}, {"title", risk.title}, {"owner", risk.owner},
        {"inherent", score_text(context, risk.inherent)},
        {"residual", risk.residual ? score_text(context, *risk.residual) : context.text("risk_not_assessed")},
        {"treatment", context.text("treatment_" + std::string(domain::to_string(risk.treatment)))},
        {"review", optional_date_text(risk.review_due)}};
}

Json risk_rows(RequestContext const& context, OrganisationId id, std::vector<domain::Risk> const& risks)
{
    auto rows = Json::array();
    for (auto const& risk : risks)
        rows.push_back(risk_row(context, id, risk));
    return rows;
}

Json acceptance_row(RequestContext const& context, domain::RiskAcceptance const& acceptance)
{
    return {{"accepted_by", acceptance.accepted_by},
        {"authority", context.text("authority_" + std::string(domain::to_string(acceptance.authority)))},
        {"level", level_text(context, acceptance.level)}, {"accepted_on", format_date(acceptance.accepted_on)},
        {"valid_until", format_date(acceptance.valid_until)}, {"reason", acceptance.reason},
        {"expired", domain::acceptance_expired(acceptance, today(context))}};
}

// The form values as posted, for re-rendering a form with the input kept.
Json posted_values(RequestContext& context)
{
    Json values = Json::object();
    for (auto const& [name, value] : context.form())
        values[name] = value;
    return values;
}

// Fills `page` with the error of a refused form: beside its field, or above the form.
void show_form_error(RequestContext& context, Page& page, Json& errors, Error const& error)
{
    page.status = status_for(error.kind());
    auto const text = refusal_text(context, error);
    page.problem = context.text("form_has_errors") + " " + text;
    errors[error.location().field.value_or("form")] = text;
}

Response refused_or(RequestContext& context, Result<void> const& permission)
{
    return error_page(context, permission.error());
}

// ---- Risk detail ----

Response risk_detail_page(RequestContext& context, OrganisationId id, app::RiskService::RiskDetail const& detail)
{
    auto const& risk = detail.risk;
    auto const& methodology = detail.methodology.methodology;
    auto impacts = Json::array();
    for (auto const& impact : risk.inherent_impacts) {
        std::string label = impact.area;
        for (auto const& area : methodology.definition().areas) {
            if (area.code == impact.area)
                label = label_of(context, area.label_nl, area.label_en);
        }
        impacts.push_back({{"area", label}, {"impact", impact.impact}});
    }
    // ISO 27002 controls are numbered 5.17, overheidsmaatregelen 5.17.01 (BIO2).
    auto controls = Json::array();
    for (auto const& reference : risk.existing_controls) {
        bool const measure = std::count(reference.begin(), reference.end(), '.') == 2;
        controls.push_back(
            {{"reference", reference}, {"kind", context.text(measure ? "control_kind_measure" : "control_kind_iso")}});
    }
    auto measures = Json::array();
    for (auto const& measure : risk.planned_measures) {
        measures.push_back(
            {{"description", measure.description}, {"owner", measure.owner}, {"due", optional_date_text(measure.due)},
                {"done", context.text(measure.done ? "answer_yes" : "answer_no")}});
    }
    auto systems = Json::array();
    for (auto const& system : detail.systems)
        systems.push_back({{"name", system.name}, {"href", systems_path(id) + "/" + system.id.to_string()}});
    auto acceptances = Json::array();
    for (auto const& acceptance : detail.acceptances)
        acceptances.push_back(acceptance_row(context, acceptance));
    auto history = Json::array();
    for (auto const& event : detail.history) {
        history.push_back({{"when", format_timestamp(event.occurred_at)}, {"who", event.actor},
            {"what", context.text("history_" + replace_all(event.action, ".", "_"))}});
    }
    bool const needs_acceptance = methodology.needs_acceptance(risk.current().level);
    Json data{{"organisation_id", id.to_string()}, {"risk", risk_row(context, id, risk)}, {"id", risk.id.to_string()},
        {"threat", risk.threat.empty() ? "–" : risk.threat},
        {"vulnerability", risk.vulnerability.empty() ? "–" : risk.vulnerability}, {"impacts", impacts},
        {"controls", controls}, {"has_controls", !controls.empty()}, {"measures", measures},
        {"has_measures", !measures.empty()}, {"systems", systems}, {"has_systems", !systems.empty()},
        {"acceptances", acceptances}, {"has_acceptances", !acceptances.empty()}, {"history", history},
        {"needs_acceptance", needs_acceptance},
        {"required_authority",
            context.text(
                "authority_" + std::string(domain::to_string(methodology.required_authority(risk.current().level))))},
        {"can_accept", needs_acceptance && allowed(context, app::Permission::RiskAccept, id)}};
    Page page{.template_name = "risk_detail",
        .title_key = "risk_detail_title",
        .data = std::move(data),
        .breadcrumbs = {{context.text("risks_title"), risks_path(id)}},
        .current_navigation = "risks"};
    page.data["heading"] = risk.title;
    return render_page(context, std::move(page));
}

// ---- Board ----

Json expiring_acceptances(RequestContext const& context, OrganisationId id,
    std::vector<domain::RiskAcceptance> const& acceptances, std::map<std::int64_t, std::string> const& titles)
{
    // The newest acceptance of each risk counts; it expires within the window.
    std::map<std::int64_t, domain::RiskAcceptance const*> newest;
    for (auto const& acceptance : acceptances) {
        auto& slot = newest[acceptance.risk_id.value()];
        if (slot == nullptr || slot->recorded_at <= acceptance.recorded_at)
            slot = &acceptance;
    }
    auto rows = Json::array();
    auto const now = today(context);
    for (auto const& [risk, acceptance] : newest) {
        if (domain::acceptance_expired(*acceptance, now)
            || acceptance->valid_until > now + std::chrono::days(expiring_within_days))
            continue;
        auto row = acceptance_row(context, *acceptance);
        auto const title = titles.find(risk);
        row["title"] = title == titles.end() ? std::to_string(risk) : title->second;
        row["href"] = risks_path(id) + "/" + std::to_string(risk);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

Response show_risk_detail(RequestContext& context)
{
    auto const id = organisation_parameter(context);
    if (!id)
        return error_page(context, id.error());
    auto const risk = id_parameter(context, "risk");
    if (!risk)
        return error_page(context, risk.error());
    auto const detail = service_of(context).risk_detail(context.actor, *id, RiskId(*risk));
    if (!detail)
        return error_page(context, detail.error());
    return risk_detail_page(context, *id, *detail);
}

Response show_risk_board(RequestContext& context)
{
    auto const id = organisation_parameter(context);
    if (!id)
        return error_page(context, id.error());
    auto service = service_of(context);
    domain::RiskFilter filter;
    filter.most_severe_first = true;
    auto const top = service.search_risks(context.actor, *id, filter, 0, board_top);
    if (!top)
        return error_page(context, top.error());
    auto const tasks = service.tasks(context.actor, *id);
    if (!tasks)
        return error_page(context, tasks.error());
    auto const acceptances = service.acceptances(context.actor, *id);
    if (!acceptances)
        return error_page(context, acceptances.error());
    auto waiting = Json::array();
    std::map<std::int64_t, std::string> titles;
    for (auto const& task : *tasks) {
        if (!task.risk)
            continue;
        titles[task.risk->value()] = task.subject;
        if (task.kind != domain::RiskTaskKind::AcceptanceMissing
            && task.kind != domain::RiskTaskKind::AcceptanceExpired)
            continue;
        waiting.push_back({{"title", task.subject}, {"href", risks_path(*id) + "/" + task.risk->to_string()},
            {"kind", context.text("task_" + std::string(domain::to_string(task.kind)))},
            {"accept_href", risks_path(*id) + "/acceptatie?risico=" + task.risk->to_string()}});
    }
    for (auto const& risk : top->risks)
        titles[risk.id.value()] = risk.title;
    // Titles of risks neither on the top list nor in a task come from their rows.
    for (auto const& acceptance : *acceptances) {
        if (titles.contains(acceptance.risk_id.value()))
            continue;
        if (auto risk = service.show_risk(context.actor, *id, acceptance.risk_id))
            titles[acceptance.risk_id.value()] = risk->title;
    }
    auto const expiring = expiring_acceptances(context, *id, *acceptances, titles);
    auto const top_rows = risk_rows(context, *id, top->risks);
    return render_page(context,
        {.template_name = "risk_board",
            .title_key = "board_title",
            .data = {{"organisation_id", id->to_string()}, {"top", top_rows}, {"has_top", !top_rows.empty()},
                {"waiting", waiting}, {"has_waiting", !waiting.empty()}, {"expiring", expiring},
                {"has_expiring", !expiring.empty()}, {"expiring_days", std::to_string(expiring_within_days)},
                {"can_accept", allowed(context, app::Permission::RiskAccept, *id)}},
            .breadcrumbs = {{context.text("risks_title"), risks_path(*id)}},
            .current_navigation = "board"});
}

Response show_overdue_reviews(RequestContext& context)
{
    auto const id = organisation_parameter(context);
    if (!id)
        return error_page(context, id.error());
    domain::RiskFilter filter;
    filter.review_due_before = today(context);
    auto const overdue = service_of(context).search_risks(context.actor, *id, filter, 0, overdue_page);
    if (!overdue)
        return error_page(context, overdue.error());
    auto const rows = risk_rows(context, *id, overdue->risks);
    return render_page(context,
        {.template_name = "risk_overdue",
            .title_key = "overdue_title",
            .data = {{"organisation_id", id->to_string()}, {"risks", rows}, {"has_risks", !rows.empty()},
                {"total", std::to_string(overdue->total)},
                {"truncated", overdue->total > static_cast<std::int64_t>(rows.size())}},
            .breadcrumbs = {{context.text("risks_title"), risks_path(*id)}},
            .current_navigation = "risks"});
}

// ---- CSV import ----

namespace {

Response import_page(RequestContext& context, OrganisationId id, Json values, Json report, unsigned status,
    std::string problem, std::string notice)
{
    Page page{.template_name = "risk_import",
        .title_key = "import_title",
        .data = {{"organisation_id", id.to_string()}, {"values", std::move(values)}, {"report", std::move(report)}},
        .breadcrumbs = {{context.text("risks_title"), risks_path(id)}},
        .current_navigation = "risks",
        .notice = std::move(notice),
        .problem = std::move(problem),
        .status = status};
    return render_page(context, std::move(page));
}

} // namespace

Response show_risk_import(RequestContext& context)
{
    auto const id = organisation_parameter(context);
    if (!id)
        return error_page(context, id.error());
    if (auto const permission = app::authorise(context.actor, app::Permission::RiskWrite, *id); !permission)
        return refused_or(context, permission);
    return import_page(context, *id, Json::object(), nullptr, 200, {}, {});
}

Response submit_risk_import(RequestContext& context)
{
    auto const id = organisation_parameter(context);
    if (!id)
        return error_page(context, id.error());
    if (auto const permission = app::authorise(context.actor, app::Permission::RiskWrite, *id); !permission)
        return refused_or(context, permission);
    bool const skip = !context.field("skip_bad_rows").empty();
    auto const csv = context.field("csv");
    auto values = posted_values(context);
    auto const report = service_of(context).import_risks_csv(
        context.actor, *id, csv, skip ? app::RiskService::InvalidRows::Skip : app::RiskService::InvalidRows::RefuseAll);
    if (!report) {
        if (report.error().kind() != ErrorKind::Invalid)
            return error_page(context, report.error());
        return import_page(context, *id, std::move(values), nullptr, 400,
            context.text("import_unreadable") + " " + report.error().message(), {});
    }
    auto rows = Json::array();
    for (auto const& error : report->rejected) {
        rows.push_back({{"line", error.location().line ? std::to_string(*error.location().line) : "–"},
            {"field", error.location().field.value_or("–")}, {"message", refusal_text(context, error)}});
    }
    Json const summary{{"rows", rows}, {"has_rows", !rows.empty()}};
    if (report->refused) {
        auto problem = context.text("import_refused");
        problem = replace_all(problem, "{count}", std::to_string(report->rejected.size()));
        return import_page(context, *id, std::move(values), summary, 400, std::move(problem), {});
    }
    auto notice = replace_all(context.text("import_done"), "{count}", std::to_string(report->imported));
    return import_page(context, *id, Json::object(), summary, 200, {}, std::move(notice));
}

// ---- Information systems ----

namespace {

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

Response system_form_page(
    RequestContext& context, OrganisationId id, std::vector<app::SystemView> const& systems, Error const* error)
{
    auto values = posted_values(context);
    Json errors = Json::object();
    std::set<std::string> chosen;
    for (auto const& [name, value] : context.form()) {
        if (name == "depends_on")
            chosen.insert(value);
    }
    auto dependencies = Json::array();
    for (auto const& view : systems) {
        auto const value = view.system.id.to_string();
        dependencies.push_back({{"value", value}, {"label", view.system.name}, {"id", "depends-on-" + value},
            {"checked", chosen.contains(value)}});
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
    Page page{.template_name = "system_form",
        .title_key = "system_form_title",
        .breadcrumbs = {{context.text("systems_title"), systems_path(id)}},
        .current_navigation = "systems"};
    if (error)
        show_form_error(context, page, errors, *error);
    page.data = {{"organisation_id", id.to_string()}, {"values", values}, {"errors", errors}, {"aspects", aspects},
        {"flags", flags}, {"dependencies", dependencies}, {"has_dependencies", !dependencies.empty()}};
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
        std::int64_t dependency = 0;
        auto const parsed = std::from_chars(value.data(), value.data() + value.size(), dependency);
        if (parsed.ec != std::errc{} || parsed.ptr != value.data() + value.size() || dependency < 1)
            return Error::invalid("choose systems from the list", {.field = "depends_on"});
        draft.depends_on.emplace_back(dependency);
    }
    return draft;
}

std::map<InformationSystemId, std::string> system_names(std::vector<app::SystemView> const& systems)
{
    std::map<InformationSystemId, std::string> names;
    for (auto const& view : systems)
        names[view.system.id] = view.system.name;
    return names;
}

} // namespace

Response show_systems(RequestContext& context)
{
    auto const id = organisation_parameter(context);
    if (!id)
        return error_page(context, id.error());
    auto const systems = service_of(context).list_systems(context.actor, *id);
    if (!systems)
        return error_page(context, systems.error());
    auto const names = system_names(*systems);
    auto rows = Json::array();
    for (auto const& view : *systems)
        rows.push_back(system_row(context, *id, view, names));
    std::string notice;
    if (form_value(parse_form(context.request.query), "geregistreerd"))
        notice = context.text("system_registered");
    return render_page(context,
        {.template_name = "systems",
            .title_key = "systems_title",
            .data = {{"organisation_id", id->to_string()}, {"systems", rows}, {"has_systems", !rows.empty()},
                {"can_write", allowed(context, app::Permission::RiskWrite, *id)}},
            .current_navigation = "systems",
            .notice = std::move(notice)});
}

Response show_system_form(RequestContext& context)
{
    auto const id = organisation_parameter(context);
    if (!id)
        return error_page(context, id.error());
    if (auto const permission = app::authorise(context.actor, app::Permission::RiskWrite, *id); !permission)
        return refused_or(context, permission);
    auto const systems = service_of(context).list_systems(context.actor, *id);
    if (!systems)
        return error_page(context, systems.error());
    return system_form_page(context, *id, *systems, nullptr);
}

Response submit_system(RequestContext& context)
{
    auto const id = organisation_parameter(context);
    if (!id)
        return error_page(context, id.error());
    if (auto const permission = app::authorise(context.actor, app::Permission::RiskWrite, *id); !permission)
        return refused_or(context, permission);
    auto service = service_of(context);
    auto const systems = service.list_systems(context.actor, *id);
    if (!systems)
        return error_page(context, systems.error());
    auto const draft = system_draft_from_form(context);
    if (!draft)
        return system_form_page(context, *id, *systems, &draft.error());
    auto const created = service.create_system(context.actor, *id, *draft);
    if (!created && created.error().kind() == ErrorKind::Invalid)
        return system_form_page(context, *id, *systems, &created.error());
    if (!created)
        return error_page(context, created.error());
    return Response::redirect(systems_path(*id) + "/" + created->id.to_string() + "?geregistreerd=1");
}

Response show_system(RequestContext& context)
{
    auto const id = organisation_parameter(context);
    if (!id)
        return error_page(context, id.error());
    auto const system_id = id_parameter(context, "system");
    if (!system_id)
        return error_page(context, system_id.error());
    auto service = service_of(context);
    auto const systems = service.list_systems(context.actor, *id);
    if (!systems)
        return error_page(context, systems.error());
    auto const found = std::find_if(systems->begin(), systems->end(),
        [&](app::SystemView const& view) { return view.system.id.value() == *system_id; });
    if (found == systems->end())
        return error_page(context, Error::not_found("information system does not exist"));
    auto const names = system_names(*systems);
    // Who depends on this system: the source of an inherited classification.
    auto dependents = Json::array();
    for (auto const& view : *systems) {
        if (std::find(view.system.depends_on.begin(), view.system.depends_on.end(), found->system.id)
            != view.system.depends_on.end())
            dependents.push_back(system_row(context, *id, view, names));
    }
    domain::RiskFilter filter;
    filter.system = found->system.id;
    auto const risks = service.search_risks(context.actor, *id, filter, 0, 500);
    if (!risks)
        return error_page(context, risks.error());
    auto const risk_list = risk_rows(context, *id, risks->risks);
    std::string notice;
    if (form_value(parse_form(context.request.query), "geregistreerd"))
        notice = context.text("system_registered");
    Page page{.template_name = "system_detail",
        .title_key = "system_detail_title",
        .data = {{"organisation_id", id->to_string()}, {"system", system_row(context, *id, *found, names)},
            {"dependents", dependents}, {"has_dependents", !dependents.empty()}, {"risks", risk_list},
            {"has_risks", !risk_list.empty()}, {"classified_at", format_timestamp(found->system.classified_at)}},
        .breadcrumbs = {{context.text("systems_title"), systems_path(*id)}},
        .current_navigation = "systems",
        .notice = std::move(notice)};
    page.data["heading"] = found->system.name;
    return render_page(context, std::move(page));
}

// ---- Methodology ----

namespace {

constexpr std::array authorities{"binnen_risicobereidheid", "proceseigenaar", "bestuurder"};
constexpr std::array levels{
    domain::RiskLevel::Laag, domain::RiskLevel::Midden, domain::RiskLevel::Hoog, domain::RiskLevel::ZeerHoog};

Response methodology_page(RequestContext& context, OrganisationId id, app::MethodologyVersion const& current,
    Error const* error, std::string notice)
{
    auto const& definition = current.methodology.definition();
    auto const steps = [&](std::vector<domain::ScaleStep> const& scale) {
        auto list = Json::array();
        for (auto const& step : scale)
            list.push_back({{"value", step.value}, {"label", label_of(context, step.label_nl, step.label_en)}});
        return list;
    };
    auto areas = Json::array();
    for (auto const& area : definition.areas)
        areas.push_back(label_of(context, area.label_nl, area.label_en));
    auto const values = posted_values(context);
    bool const can_edit = allowed(context, app::Permission::RiskMethodologyWrite, id);
    // The matrix, most likely row first, each cell with a select in the edit form.
    auto rows = Json::array();
    for (auto l = definition.likelihood.size(); l-- > 0;) {
        auto const& step = definition.likelihood[l];
        Json row{{"label", std::to_string(step.value) + " " + label_of(context, step.label_nl, step.label_en)},
            {"cells", Json::array()}};
        for (std::size_t i = 0; i < definition.impact.size(); ++i) {
            auto const name = "cell_" + std::to_string(l + 1) + "_" + std::to_string(i + 1);
            auto const level = definition.matrix[l][i];
            auto const chosen = values.value(name, std::string(domain::to_string(level)));
            auto options = Json::array();
            for (auto const option : levels)
                options.push_back({{"value", domain::to_string(option)}, {"label", level_text(context, option)},
                    {"selected", chosen == domain::to_string(option)}});
            auto label = replace_all(context.text("methodology_cell_label"), "{likelihood}", std::to_string(l + 1));
            label = replace_all(label, "{impact}", std::to_string(i + 1));
            row["cells"].push_back(
                {{"level", level_text(context, level)}, {"name", name}, {"label", label}, {"options", options}});
        }
        rows.push_back(std::move(row));
    }
    auto appetite = Json::array();
    for (std::size_t i = 0; i < levels.size() && i < definition.appetite.size(); ++i) {
        auto const name = "appetite_" + std::string(domain::to_string(levels[i]));
        auto const chosen = values.value(name, std::string(domain::to_string(definition.appetite[i])));
        auto options = Json::array();
        for (auto const* authority : authorities)
            options.push_back({{"value", authority}, {"label", context.text("authority_" + std::string(authority))},
                {"selected", chosen == authority}});
        appetite.push_back({{"level", level_text(context, levels[i])}, {"name", name},
            {"authority", context.text("authority_" + std::string(domain::to_string(definition.appetite[i])))},
            {"options", options}});
    }
    auto impact_columns = Json::array();
    for (auto const& step : definition.impact)
        impact_columns.push_back(std::to_string(step.value) + " " + label_of(context, step.label_nl, step.label_en));
    Json errors = Json::object();
    Page page{.template_name = "methodology",
        .title_key = "methodology_title",
        .breadcrumbs = {{context.text("risks_title"), risks_path(id)}},
        .current_navigation = "methodology",
        .notice = std::move(notice)};
    if (error)
        show_form_error(context, page, errors, *error);
    page.data = {{"organisation_id", id.to_string()},
        {"version", current.version == 0 ? context.text("methodology_default") : std::to_string(current.version)},
        {"likelihood", steps(definition.likelihood)}, {"impact", steps(definition.impact)}, {"areas", areas},
        {"aggregation", context.text("aggregation_" + std::string(domain::to_string(definition.aggregation)))},
        {"impact_columns", impact_columns}, {"matrix", rows}, {"appetite", appetite},
        {"max_acceptance_days", values.value("max_acceptance_days", std::to_string(definition.max_acceptance_days))},
        {"can_edit", can_edit}, {"errors", errors}};
    return render_page(context, std::move(page));
}

// The current definition with the form's matrix, appetite and validity, validated by
// the same JSON reader the CLI and API use.
Result<domain::RiskMethodology> methodology_from_form(RequestContext& context, app::MethodologyVersion const& current)
{
    auto json = app::methodology_to_json(current.methodology.definition());
    auto& matrix = json["matrix"];
    for (std::size_t l = 0; l < matrix.size(); ++l) {
        for (std::size_t i = 0; i < matrix[l].size(); ++i) {
            auto const value = context.field("cell_" + std::to_string(l + 1) + "_" + std::to_string(i + 1));
            if (!value.empty())
                matrix[l][i] = value;
        }
    }
    auto& appetite = json["appetite"];
    for (std::size_t i = 0; i < levels.size() && i < appetite.size(); ++i) {
        auto const value = context.field("appetite_" + std::string(domain::to_string(levels[i])));
        if (!value.empty())
            appetite[i] = value;
    }
    auto const days_text = context.field("max_acceptance_days");
    int days = 0;
    auto const parsed = std::from_chars(days_text.data(), days_text.data() + days_text.size(), days);
    if (parsed.ec != std::errc{} || parsed.ptr != days_text.data() + days_text.size())
        return Error::invalid("enter a whole number of days", {.field = "max_acceptance_days"});
    json["max_acceptance_days"] = days;
    return app::methodology_from_json(json_text(json));
}

} // namespace

Response show_methodology(RequestContext& context)
{
    auto const id = organisation_parameter(context);
    if (!id)
        return error_page(context, id.error());
    auto const current = service_of(context).methodology(context.actor, *id);
    if (!current)
        return error_page(context, current.error());
    std::string notice;
    if (form_value(parse_form(context.request.query), "opgeslagen"))
        notice = context.text("methodology_saved");
    return methodology_page(context, *id, *current, nullptr, std::move(notice));
}

Response submit_methodology(RequestContext& context)
{
    auto const id = organisation_parameter(context);
    if (!id)
        return error_page(context, id.error());
    if (auto const permission = app::authorise(context.actor, app::Permission::RiskMethodologyWrite, *id); !permission)
        return refused_or(context, permission);
    auto service = service_of(context);
    auto const current = service.methodology(context.actor, *id);
    if (!current)
        return error_page(context, current.error());
    auto const methodology = methodology_from_form(context, *current);
    if (!methodology)
        return methodology_page(context, *id, *current, &methodology.error(), {});
    auto const stored = service.set_methodology(context.actor, *id, *methodology);
    if (!stored && (stored.error().kind() == ErrorKind::Invalid || stored.error().kind() == ErrorKind::Conflict))
        return methodology_page(context, *id, *current, &stored.error(), {});
    if (!stored)
        return error_page(context, stored.error());
    return Response::redirect(
        organisation_path(*id) + "/risicomethodiek?opgeslagen=" + std::to_string(stored->version));
}

// ---- Risk analyses ----

namespace {

constexpr std::array analysis_kinds{"quickscan", "volledig"};
constexpr std::array analysis_statuses{"gepland", "in_uitvoering", "afgerond"};

Json options_of(RequestContext const& context, std::string_view prefix, std::span<char const* const> values,
    std::string const& chosen)
{
    auto options = Json::array();
    for (auto const* value : values)
        options.push_back(
            {{"value", value}, {"label", context.text(std::string(prefix) + value)}, {"selected", chosen == value}});
    return options;
}

Response analyses_page(RequestContext& context, OrganisationId id, Error const* error, std::string notice)
{
    auto service = service_of(context);
    auto const analyses = service.list_analyses(context.actor, id);
    if (!analyses)
        return error_page(context, analyses.error());
    auto const systems = service.list_systems(context.actor, id);
    if (!systems)
        return error_page(context, systems.error());
    auto const tasks = service.tasks(context.actor, id);
    if (!tasks)
        return error_page(context, tasks.error());
    auto const names = system_names(*systems);
    bool const can_write = allowed(context, app::Permission::RiskWrite, id);
    auto rows = Json::array();
    for (auto const& analysis : *analyses) {
        std::string subject = analysis.process;
        std::string href;
        if (analysis.system) {
            auto const name = names.find(*analysis.system);
            subject = name == names.end() ? analysis.system->to_string() : name->second;
            href = systems_path(id) + "/" + analysis.system->to_string();
        }
        std::string participants;
        for (auto const& participant : analysis.participants)
            participants += (participants.empty() ? "" : ", ") + participant;
        auto const status = std::string(domain::to_string(analysis.status));
        rows.push_back({{"id", analysis.id.to_string()},
            {"kind", context.text("analysis_kind_" + std::string(domain::to_string(analysis.kind)))},
            {"subject", subject}, {"href", href}, {"has_href", !href.empty()},
            {"held_on", format_date(analysis.held_on)},
            {"participants", participants.empty() ? std::string("–") : participants},
            {"status", context.text("analysis_status_" + status)}, {"summary", analysis.summary},
            {"statuses", options_of(context, "analysis_status_", analysis_statuses, status)},
            {"version", std::to_string(analysis.version)}});
    }
    // BIO2 5.08.01 (new system) and 5.12.01 (new classification) ask for an analysis.
    auto triggers = Json::array();
    for (auto const& task : *tasks) {
        if (task.kind != domain::RiskTaskKind::AnalyseNewSystem
            && task.kind != domain::RiskTaskKind::AnalyseReclassifiedSystem)
            continue;
        triggers.push_back({{"kind", context.text("task_" + std::string(domain::to_string(task.kind)))},
            {"clause", task.kind == domain::RiskTaskKind::AnalyseNewSystem ? "5.08.01" : "5.12.01"},
            {"subject", task.subject},
            {"href", task.system ? systems_path(id) + "/" + task.system->to_string() : std::string()}});
    }
    auto values = posted_values(context);
    auto system_options = Json::array();
    system_options.push_back({{"value", ""}, {"label", context.text("analysis_no_system")}, {"selected", false}});
    for (auto const& view : *systems) {
        auto const value = view.system.id.to_string();
        system_options.push_back(
            {{"value", value}, {"label", view.system.name}, {"selected", values.value("system", "") == value}});
    }
    Json errors = Json::object();
    Page page{.template_name = "risk_analyses",
        .title_key = "analyses_title",
        .current_navigation = "analyses",
        .notice = std::move(notice)};
    if (error)
        show_form_error(context, page, errors, *error);
    page.data = {{"organisation_id", id.to_string()}, {"analyses", rows}, {"has_analyses", !rows.empty()},
        {"triggers", triggers}, {"has_triggers", !triggers.empty()}, {"can_write", can_write}, {"values", values},
        {"errors", errors}, {"systems", system_options},
        {"kinds", options_of(context, "analysis_kind_", analysis_kinds, values.value("kind", "quickscan"))},
        {"statuses", options_of(context, "analysis_status_", analysis_statuses, values.value("status", "gepland"))}};
    return render_page(context, std::move(page));
}

Result<domain::RiskAnalysis> analysis_from_form(RequestContext& context, OrganisationId id)
{
    domain::RiskAnalysis analysis;
    analysis.organisation_id = id;
    auto const kind = domain::parse_risk_analysis_kind(context.field("kind"));
    if (!kind)
        return kind.error().with_field("kind");
    analysis.kind = *kind;
    auto const status = domain::parse_risk_analysis_status(context.field("status"));
    if (!status)
        return status.error().with_field("status");
    analysis.status = *status;
    if (auto const system = context.field("system"); !system.empty()) {
        std::int64_t value = 0;
        auto const parsed = std::from_chars(system.data(), system.data() + system.size(), value);
        if (parsed.ec != std::errc{} || parsed.ptr != system.data() + system.size() || value < 1)
            return Error::invalid("choose a system from the list", {.field = "system"});
        analysis.system = InformationSystemId(value);
    }
    analysis.process = context.field("process");
    auto const held_on = parse_date(context.field("held_on"));
    if (!held_on)
        return Error::invalid("enter a date as YYYY-MM-DD", {.field = "held_on"});
    analysis.held_on = *held_on;
    auto const participants = context.field("participants");
    for (auto const participant : split(participants, ',')) {
        auto const name = trim(participant);
        if (!name.empty())
            analysis.participants.emplace_back(name);
    }
    analysis.summary = context.field("summary");
    return analysis;
}

std::string analyses_path(OrganisationId id) { return organisation_path(id) + "/risicoanalyses"; }

} // namespace

Response show_analyses(RequestContext& context)
{
    auto const id = organisation_parameter(context);
    if (!id)
        return error_page(context, id.error());
    std::string notice;
    if (form_value(parse_form(context.request.query), "opgeslagen"))
        notice = context.text("analysis_saved");
    return analyses_page(context, *id, nullptr, std::move(notice));
}

Response submit_analysis(RequestContext& context)
{
    auto const id = organisation_parameter(context);
    if (!id)
        return error_page(context, id.error());
    if (auto const permission = app::authorise(context.actor, app::Permission::RiskWrite, *id); !permission)
        return refused_or(context, permission);
    auto const analysis = analysis_from_form(context, *id);
    if (!analysis)
        return analyses_page(context, *id, &analysis.error(), {});
    auto const stored = service_of(context).record_analysis(context.actor, *analysis);
    if (!stored && stored.error().kind() == ErrorKind::Invalid)
        return analyses_page(context, *id, &stored.error(), {});
    if (!stored)
        return error_page(context, stored.error());
    return Response::redirect(analyses_path(*id) + "?opgeslagen=" + stored->id.to_string());
}

Response submit_analysis_status(RequestContext& context)
{
    auto const id = organisation_parameter(context);
    if (!id)
        return error_page(context, id.error());
    if (auto const permission = app::authorise(context.actor, app::Permission::RiskWrite, *id); !permission)
        return refused_or(context, permission);
    auto const analysis_id = id_parameter(context, "analysis");
    if (!analysis_id)
        return error_page(context, analysis_id.error());
    auto service = service_of(context);
    auto const analyses = service.list_analyses(context.actor, *id);
    if (!analyses)
        return error_page(context, analyses.error());
    auto const found = std::find_if(analyses->begin(), analyses->end(),
        [&](domain::RiskAnalysis const& analysis) { return analysis.id.value() == *analysis_id; });
    if (found == analyses->end())
        return error_page(context, Error::not_found("risk analysis does not exist"));
    auto const status = domain::parse_risk_analysis_status(context.field("status"));
    if (!status)
        return analyses_page(context, *id, &status.error(), {});
    auto changed = *found;
    changed.status = *status;
    std::int64_t expected = found->version;
    if (auto const text = context.field("version"); !text.empty())
        std::from_chars(text.data(), text.data() + text.size(), expected);
    auto const stored = service.update_analysis(context.actor, changed, expected);
    if (!stored && (stored.error().kind() == ErrorKind::Invalid || stored.error().kind() == ErrorKind::Conflict))
        return analyses_page(context, *id, &stored.error(), {});
    if (!stored)
        return error_page(context, stored.error());
    return Response::redirect(analyses_path(*id) + "?opgeslagen=" + stored->id.to_string());
}

} // namespace bolwerk::web
