#include "web/risk/risk_analysis_pages.hpp"

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
    auto& service = service_of(context);
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
        auto const value = parse_integer(system).value_or(0);
        if (value < 1)
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

Result<Response> show_analyses(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    std::string notice;
    if (form_value(parse_form(context.request.query), "opgeslagen"))
        notice = context.text("analysis_saved");
    return analyses_page(context, id, nullptr, std::move(notice));
}

Result<Response> submit_analysis(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    if (auto const permission = app::authorise(context.actor, app::Permission::RiskWrite, id); !permission)
        return refused_or(context, permission);
    auto const analysis = analysis_from_form(context, id);
    if (!analysis)
        return analyses_page(context, id, &analysis.error(), {});
    auto const stored = service_of(context).record_analysis(context.actor, *analysis);
    if (!stored && stored.error().kind() == ErrorKind::Invalid)
        return analyses_page(context, id, &stored.error(), {});
    if (!stored)
        return stored.error();
    return Response::redirect(analyses_path(id) + "?opgeslagen=" + stored->id.to_string());
}

Result<Response> submit_analysis_status(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    if (auto const permission = app::authorise(context.actor, app::Permission::RiskWrite, id); !permission)
        return refused_or(context, permission);
    auto const analysis_id = TRY(id_parameter(context, "analysis"));
    auto& service = service_of(context);
    auto const analyses = TRY(service.list_analyses(context.actor, id));
    auto const found = std::find_if(analyses.begin(), analyses.end(),
        [&](domain::RiskAnalysis const& analysis) { return analysis.id.value() == analysis_id; });
    if (found == analyses.end())
        return Error::not_found("risk analysis does not exist");
    auto const status = domain::parse_risk_analysis_status(context.field("status"));
    if (!status)
        return analyses_page(context, id, &status.error(), {});
    auto changed = *found;
    changed.status = *status;
    std::int64_t expected = found->version;
    if (auto const parsed = parse_integer(context.field("version")))
        expected = *parsed;
    auto const stored = service.update_analysis(context.actor, changed, expected);
    if (!stored && (stored.error().kind() == ErrorKind::Invalid || stored.error().kind() == ErrorKind::Conflict))
        return analyses_page(context, id, &stored.error(), {});
    if (!stored)
        return stored.error();
    return Response::redirect(analyses_path(id) + "?opgeslagen=" + stored->id.to_string());
}

} // namespace bolwerk::web
