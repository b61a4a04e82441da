#include "web/incident/incident_api.hpp"

#include "app/authorisation.hpp"
#include "app/incident/incident_json.hpp"
#include "common/local_time_input.hpp"
#include "web/core/api_support.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/incident/incident_view.hpp"

namespace bolwerk::web {

namespace {

using namespace domain::incident;

Result<app::IncidentQuery> api_query(RequestContext const& context)
{
    auto const query = parse_form(context.request.query);
    app::IncidentQuery result;
    if (auto const status = form_value(query, "status"); status && !status->empty())
        result.status = TRY(parse_incident_status(*status));
    if (auto const reportable = form_value(query, "reportable"); reportable && !reportable->empty()) {
        if (*reportable != "true" && *reportable != "false")
            return Error::invalid("'reportable' is true or false", {.field = "reportable"});
        result.reportable = *reportable == "true";
    }
    return result;
}

// {"title", "description", "noticed_at" (RFC 3339 UTC or Dutch time), "systems": [ids],
// "services": [names], "reporter_contact"}
Result<IncidentReport> report_from_json(nlohmann::json const& body)
{
    IncidentReport report;
    report.title = TRY(string_member(body, "title")).value_or("");
    report.description = TRY(string_member(body, "description")).value_or("");
    auto const noticed = TRY(string_member(body, "noticed_at"));
    if (!noticed)
        return Error::invalid("'noticed_at' is required", {.field = "noticed_at"});
    report.noticed_at = TRY(parse_local_date_time(*noticed, "noticed_at"));
    report.reporter_contact = TRY(string_member(body, "reporter_contact")).value_or("");
    if (auto const systems = body.find("systems"); systems != body.end()) {
        if (!systems->is_array())
            return Error::invalid("'systems' is a list of system ids", {.field = "systems"});
        for (auto const& system : *systems) {
            if (!system.is_number_integer() || system.get<std::int64_t>() <= 0)
                return Error::invalid("'systems' is a list of system ids", {.field = "systems"});
            report.systems.emplace_back(system.get<std::int64_t>());
        }
    }
    if (auto const services = body.find("services"); services != body.end()) {
        if (!services->is_array())
            return Error::invalid("'services' is a list of names", {.field = "services"});
        for (auto const& service : *services) {
            if (!service.is_string())
                return Error::invalid("'services' is a list of names", {.field = "services"});
            report.services.push_back(service.get<std::string>());
        }
    }
    return report;
}

} // namespace

Response api_list_incidents(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        TRY(app::authorise(context.actor, app::Permission::IncidentRead, id));
        auto const query = TRY(api_query(context));
        auto items = nlohmann::json::array();
        for (auto const& overview : TRY(context.services.app->incidents.list(context.actor, id, query)))
            items.push_back(app::incident_overview_to_json(overview));
        return json_response(200, {{"items", items}});
    }());
}

Response api_get_incident(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        TRY(app::authorise(context.actor, app::Permission::IncidentRead, id));
        auto const incident = TRY(incident_parameter(context));
        auto const detail = TRY(context.services.app->incidents.get(context.actor, id, incident));
        auto json = app::incident_overview_to_json(detail.overview);
        json["timeline"] = nlohmann::json::array();
        for (auto const& line : detail.story)
            json["timeline"].push_back(app::timeline_entry_to_json(line.entry));
        json["decisions"] = nlohmann::json::array();
        for (auto const& decision : detail.decisions)
            json["decisions"].push_back(app::significance_decision_to_json(decision));
        json["reports"] = nlohmann::json::array();
        for (auto const& report : detail.reports)
            json["reports"].push_back(app::sent_report_to_json(report));
        return json_response(200, json);
    }());
}

Response api_report_incident(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        TRY(app::authorise(context.actor, app::Permission::IncidentReport, id));
        auto const body = TRY(json_body(context));
        auto report = TRY(report_from_json(body));
        auto const incident = TRY(context.services.app->incidents.report(context.actor, id, std::move(report)));
        auto response = json_response(201, app::incident_to_json(incident));
        response.headers.emplace_back(
            "Location", "/api/v1/organisations/" + id.to_string() + "/incidents/" + incident.id.to_string());
        return response;
    }());
}

} // namespace bolwerk::web
