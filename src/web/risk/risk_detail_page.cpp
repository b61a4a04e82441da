#include "web/risk/risk_detail_page.hpp"

#include "app/authorisation.hpp"
#include "app/risk/risk_service.hpp"
#include "common/json_text.hpp"
#include "common/text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/risk/risk_pages.hpp"
#include "web/risk/risk_view_support.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <set>
#include <span>

namespace bolwerk::web {

using namespace risk_view;

namespace {

using Json = nlohmann::json;

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
        {"can_accept", needs_acceptance && allowed(context, app::Permission::RiskAccept, id)},
        {"can_write", allowed(context, app::Permission::RiskWrite, id)}};
    Page page{.template_name = "risk_detail",
        .title_key = "risk_detail_title",
        .data = std::move(data),
        .breadcrumbs = {{context.text("risks_title"), risks_path(id)}},
        .current_navigation = "risks"};
    auto const query = parse_form(context.request.query);
    if (form_value(query, "geregistreerd"))
        page.notice = context.text("risk_registered");
    else if (form_value(query, "gewijzigd"))
        page.notice = context.text("risk_saved");
    page.data["heading"] = risk.title;
    return render_page(context, std::move(page));
}

} // namespace

Result<Response> show_risk_detail(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto const risk = TRY(id_parameter(context, "risk"));
    auto const detail = TRY(service_of(context).risk_detail(context.actor, id, RiskId(risk)));
    return risk_detail_page(context, id, detail);
}

} // namespace bolwerk::web
