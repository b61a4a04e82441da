#include "web/risk/risk_api.hpp"

#include "app/authorisation.hpp"
#include "app/risk/methodology_json.hpp"
#include "app/risk/risk_input_json.hpp"
#include "app/risk/risk_json.hpp"
#include "app/risk/risk_service.hpp"
#include "common/integer_text.hpp"
#include "common/json_text.hpp"
#include "common/text.hpp"
#include "report/risk/heat_map.hpp"
#include "web/core/api_support.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/http/problem.hpp"

#include <algorithm>
#include <limits>

namespace bolwerk::web {

namespace {

using Json = nlohmann::json;

constexpr std::int64_t default_page_size = 50;
constexpr std::int64_t max_page_size = 500;

app::RiskService& service_of(RequestContext& context) { return context.services.app->risks; }

std::string base_path(OrganisationId id) { return "/api/v1/organisations/" + id.to_string(); }

// A numeric path parameter; a malformed one names nothing that exists.
Result<std::int64_t> id_parameter(RequestContext const& context, std::string_view name, std::string_view what)
{
    auto const text = context.parameters.get(name).value_or("");
    auto const value = parse_integer(text);
    if (!value || *value < 1)
        return Error::not_found(std::string(what) + " '" + std::string(text) + "' does not exist");
    return *value;
}

Response with_etag(Response response, std::int64_t version)
{
    response.set_header("ETag", etag_for(version));
    return response;
}

Response risk_response(unsigned status, domain::Risk const& risk)
{
    return with_etag(json_response(status, app::risk_to_json(risk)), risk.version);
}

Json system_view_json(app::SystemView const& view)
{
    auto json = app::system_to_json(view.system);
    // BIO2 5.12.01: the classification a system must at least have because systems
    // that depend on it handle more sensitive information.
    json["effective_classification"] = app::cia_to_json(view.effective_classification);
    json["classification_inherited"] = !(view.effective_classification == view.system.classification);
    return json;
}

// The If-Match precondition of a change: 428 without it, 412 when stale.
Result<std::optional<Response>> check_if_match(
    RequestContext const& context, std::int64_t current_version, std::int64_t& expected)
{
    if (!context.request.header("if-match"))
        return std::optional(problem_response(428, "Precondition required", "send If-Match with the ETag from a GET"));
    expected = TRY(if_match_version(context));
    if (expected != current_version)
        return std::optional(problem_response(412, "Precondition failed", "the risk was changed; GET it again"));
    return std::optional<Response>();
}

bool is_stale(Error const& error)
{
    return error.kind() == ErrorKind::Conflict && error.message().find("changed by someone else") != std::string::npos;
}

Result<std::optional<std::string>> query_text(RequestContext const& context, std::string_view name)
{
    return form_value(parse_form(context.request.query), name);
}

Result<domain::RiskFilter> filter_from_query(RequestContext const& context)
{
    domain::RiskFilter filter;
    if (auto const treatment = TRY(query_text(context, "treatment"))) {
        auto const parsed = domain::parse_treatment(*treatment);
        if (!parsed)
            return parsed.error().with_location({.source = "query", .field = "treatment"});
        filter.treatment = *parsed;
    }
    if (auto const levels = TRY(query_text(context, "level"))) {
        for (auto const level : split(*levels, ',')) {
            auto const parsed = domain::parse_risk_level(level);
            if (!parsed)
                return parsed.error().with_location({.source = "query", .field = "level"});
            filter.levels.push_back(*parsed);
        }
    }
    if (auto const owner = TRY(query_text(context, "owner")))
        filter.owner = *owner;
    if (TRY(query_text(context, "system")))
        filter.system
            = InformationSystemId(TRY(query_number(context, "system", 0, 1, std::numeric_limits<std::int64_t>::max())));
    if (auto const overdue = TRY(query_text(context, "overdue")); overdue == "true")
        filter.review_due_before = today(context);
    if (auto const order = TRY(query_text(context, "order")); order == "severity")
        filter.most_severe_first = true;
    return filter;
}

// The query string of the next page: the caller's filters with a new offset.
std::string next_query(RequestContext const& context, std::int64_t offset)
{
    std::string query;
    for (auto const& [name, value] : parse_form(context.request.query)) {
        if (name == "offset")
            continue;
        query += (query.empty() ? "" : "&") + percent_encode(name) + "=" + percent_encode(value);
    }
    return query + (query.empty() ? "" : "&") + "offset=" + std::to_string(offset);
}

Result<Response> list_risks(RequestContext& context, domain::RiskFilter const& filter, std::string const& path)
{
    auto const id = TRY(organisation_parameter(context));
    auto const limit = TRY(query_number(context, "limit", default_page_size, 1, max_page_size));
    auto const offset = TRY(query_number(context, "offset", 0, 0, std::numeric_limits<std::int32_t>::max()));
    auto const page = TRY(service_of(context).search_risks(context.actor, id, filter, offset, limit));
    auto items = Json::array();
    for (auto const& risk : page.risks)
        items.push_back(app::risk_to_json(risk));
    Json body{{"items", items}, {"total", page.total}, {"limit", limit}, {"offset", offset}};
    if (offset + limit < page.total)
        body["next"] = base_path(id) + path + "?" + next_query(context, offset + limit);
    return json_response(200, body);
}

Result<Response> create_risk(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, app::Permission::RiskWrite, id));
    auto const body = TRY(json_body(context));
    auto const draft = TRY(app::risk_draft_from_json(body));
    auto const risk = TRY(service_of(context).register_risk(context.actor, id, draft));
    auto response = risk_response(201, risk);
    response.set_header("Location", base_path(id) + "/risks/" + risk.id.to_string());
    return response;
}

Result<Response> get_risk(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto const risk_id = RiskId(TRY(id_parameter(context, "risk", "risk")));
    auto const risk = TRY(service_of(context).show_risk(context.actor, id, risk_id));
    if (context.request.header("if-none-match") == std::optional<std::string_view>(etag_for(risk.version))) {
        Response not_modified;
        not_modified.status = 304;
        return with_etag(std::move(not_modified), risk.version);
    }
    return risk_response(200, risk);
}

// PATCH and the treatment PUT: members absent from the body keep their value. Only
// `allowed` members are read when it is not empty.
Result<Response> change_risk(RequestContext& context, std::vector<std::string> const& allowed)
{
    auto const id = TRY(organisation_parameter(context));
    auto const risk_id = RiskId(TRY(id_parameter(context, "risk", "risk")));
    auto& service = service_of(context);
    auto const current = TRY(service.show_risk(context.actor, id, risk_id));
    // Permission before preconditions and input, so a refusal reveals nothing more.
    TRY(app::authorise(context.actor, app::Permission::RiskWrite, id));
    std::int64_t expected = 0;
    if (auto refused = TRY(check_if_match(context, current.version, expected)))
        return std::move(*refused);
    auto body = TRY(json_body(context));
    if (!allowed.empty()) {
        for (auto const& [name, value] : body.items()) {
            if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
                return Error::invalid("'" + name + "' cannot be changed here", {.field = name});
        }
    }
    auto const draft = TRY(app::risk_draft_from_json(body, domain::draft_of(current)));
    auto const updated = service.update_risk(context.actor, id, risk_id, draft, expected);
    if (!updated && is_stale(updated.error()))
        return problem_response(412, "Precondition failed", updated.error().message());
    if (!updated)
        return updated.error();
    return risk_response(200, *updated);
}

Result<Response> list_acceptances(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto const risk_id = RiskId(TRY(id_parameter(context, "risk", "risk")));
    auto const acceptances = TRY(service_of(context).acceptances_of(context.actor, id, risk_id));
    auto items = Json::array();
    for (auto const& acceptance : acceptances) {
        auto json = app::acceptance_to_json(acceptance);
        json["expired"] = domain::acceptance_expired(acceptance, today(context));
        items.push_back(std::move(json));
    }
    return json_response(200, {{"items", items}});
}

Result<Response> create_acceptance(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto const risk_id = RiskId(TRY(id_parameter(context, "risk", "risk")));
    TRY(app::authorise(context.actor, app::Permission::RiskAccept, id));
    auto const body = TRY(json_body(context));
    auto const request = TRY(app::acceptance_request_from_json(body, today(context)));
    auto const acceptance = TRY(service_of(context).accept_risk(context.actor, id, risk_id, request));
    return json_response(201, app::acceptance_to_json(acceptance));
}

Json row_error(Error const& error)
{
    Json entry{{"detail", error.message()}};
    if (auto const line = error.location().line)
        entry["line"] = *line;
    if (auto const& field = error.location().field) {
        entry["field"] = *field;
        entry["pointer"] = "/" + *field;
    }
    return entry;
}

Result<Response> import_risks(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, app::Permission::RiskWrite, id));
    auto const type = context.request.header("content-type").value_or("");
    if (!type.starts_with("text/csv"))
        return problem_response(415, "Unsupported media type", "send the register as text/csv");
    auto const skip = TRY(query_text(context, "skip_bad_rows")) == "true";
    auto const report = TRY(service_of(context).import_risks_csv(context.actor, id, context.request.body,
        skip ? app::RiskService::InvalidRows::Skip : app::RiskService::InvalidRows::RefuseAll));
    auto errors = Json::array();
    for (auto const& error : report.rejected)
        errors.push_back(row_error(error));
    if (report.refused) {
        Json body{{"type", "about:blank"}, {"title", "Invalid rows"}, {"status", 422},
            {"detail",
                std::to_string(report.rejected.size())
                    + " row(s) are invalid, nothing was imported (skip_bad_rows=true imports the rest)"},
            {"errors", errors}};
        return Response::text(422, json_text(body), "application/problem+json");
    }
    return json_response(200, {{"imported", report.imported}, {"rejected", errors}});
}

Result<Response> list_systems(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto const systems = TRY(service_of(context).list_systems(context.actor, id));
    auto items = Json::array();
    for (auto const& view : systems)
        items.push_back(system_view_json(view));
    return json_response(200, {{"items", items}});
}

Result<Response> create_system(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, app::Permission::RiskWrite, id));
    auto const body = TRY(json_body(context));
    auto const draft = TRY(app::system_draft_from_json(body));
    auto& service = service_of(context);
    auto const system = TRY(service.create_system(context.actor, id, draft));
    auto const view = TRY(service.show_system(context.actor, id, system.id));
    auto response = with_etag(json_response(201, system_view_json(view)), system.version);
    response.set_header("Location", base_path(id) + "/systems/" + system.id.to_string());
    return response;
}

Result<Response> get_system(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto const system_id = InformationSystemId(TRY(id_parameter(context, "system", "information system")));
    auto const view = TRY(service_of(context).show_system(context.actor, id, system_id));
    return with_etag(json_response(200, system_view_json(view)), view.system.version);
}

Json methodology_json(app::MethodologyVersion const& methodology)
{
    auto json = app::methodology_to_json(methodology.methodology.definition());
    json["version"] = methodology.version;
    return json;
}

Result<Response> get_methodology(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto const methodology = TRY(service_of(context).methodology(context.actor, id));
    return with_etag(json_response(200, methodology_json(methodology)), methodology.version);
}

Result<Response> put_methodology(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, app::Permission::RiskMethodologyWrite, id));
    auto& service = service_of(context);
    // Versions are only added; If-Match, when sent, guards against a lost update.
    if (context.request.header("if-match")) {
        auto const expected = TRY(if_match_version(context));
        auto const current = TRY(service.methodology(context.actor, id));
        if (expected != current.version)
            return problem_response(412, "Precondition failed", "the methodology has a newer version; GET it again");
    }
    auto body = TRY(json_body(context));
    body.erase("version");
    auto const methodology = TRY(app::methodology_from_json(json_text(body)));
    auto const stored = TRY(service.set_methodology(context.actor, id, methodology));
    return with_etag(json_response(200, methodology_json(stored)), stored.version);
}

Result<Response> list_analyses(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto const analyses = TRY(service_of(context).list_analyses(context.actor, id));
    auto items = Json::array();
    for (auto const& analysis : analyses)
        items.push_back(app::analysis_to_json(analysis));
    return json_response(200, {{"items", items}});
}

Result<Response> create_analysis(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, app::Permission::RiskWrite, id));
    auto const body = TRY(json_body(context));
    domain::RiskAnalysis base;
    base.held_on = today(context);
    auto analysis = TRY(app::analysis_from_json(body, base));
    analysis.organisation_id = id;
    auto const stored = TRY(service_of(context).record_analysis(context.actor, analysis));
    return with_etag(json_response(201, app::analysis_to_json(stored)), stored.version);
}

Json heat_map_json(report::HeatMap const& map)
{
    auto cells = Json::array();
    for (std::size_t l = 0; l < map.likelihood.size(); ++l) {
        for (std::size_t i = 0; i < map.impact.size(); ++i) {
            cells.push_back({{"likelihood", map.likelihood[l].value}, {"impact", map.impact[i].value},
                {"level", domain::to_string(map.levels[l][i])}, {"count", map.counts[l][i]}});
        }
    }
    return {{"total", map.total}, {"cells", cells}};
}

Result<Response> heat_map(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto const sheet = TRY(service_of(context).scores(context.actor, id));
    auto const& methodology = sheet.methodology.methodology;
    return json_response(200,
        {{"methodology_version", sheet.methodology.version},
            {"inherent",
                heat_map_json(report::build_heat_map(methodology, sheet.scores, report::HeatMapBasis::Inherent))},
            {"residual",
                heat_map_json(report::build_heat_map(methodology, sheet.scores, report::HeatMapBasis::Residual))}});
}

} // namespace

Response api_list_risks(RequestContext& context)
{
    return respond(
        [&]() -> Result<Response> { return list_risks(context, TRY(filter_from_query(context)), "/risks"); }());
}

Response api_create_risk(RequestContext& context) { return respond(create_risk(context)); }
Response api_get_risk(RequestContext& context) { return respond(get_risk(context)); }
Response api_patch_risk(RequestContext& context) { return respond(change_risk(context, {})); }

Response api_put_treatment(RequestContext& context)
{
    return respond(change_risk(context,
        {"treatment", "planned_measures", "residual", "residual_likelihood", "residual_impact", "review_due",
            "existing_controls"}));
}

Response api_list_acceptances(RequestContext& context) { return respond(list_acceptances(context)); }
Response api_create_acceptance(RequestContext& context) { return respond(create_acceptance(context)); }
Response api_import_risks(RequestContext& context) { return respond(import_risks(context)); }
Response api_list_systems(RequestContext& context) { return respond(list_systems(context)); }
Response api_create_system(RequestContext& context) { return respond(create_system(context)); }
Response api_get_system(RequestContext& context) { return respond(get_system(context)); }
Response api_get_methodology(RequestContext& context) { return respond(get_methodology(context)); }
Response api_put_methodology(RequestContext& context) { return respond(put_methodology(context)); }
Response api_list_analyses(RequestContext& context) { return respond(list_analyses(context)); }
Response api_create_analysis(RequestContext& context) { return respond(create_analysis(context)); }
Response api_heat_map(RequestContext& context) { return respond(heat_map(context)); }

Response api_overdue_reviews(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        domain::RiskFilter filter;
        filter.review_due_before = today(context);
        filter.oldest_review_first = true;
        return list_risks(context, filter, "/overdue-reviews");
    }());
}

} // namespace bolwerk::web
