#include "web/incident/incident_pages.hpp"

#include "app/authorisation.hpp"
#include "common/integer_text.hpp"
#include "common/local_time_input.hpp"
#include "common/text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/incident/incident_detail_view.hpp"
#include "web/incident/incident_view.hpp"
#include "web/risk/risk_view_support.hpp"

namespace bolwerk::web {

namespace {

using namespace domain::incident;

app::IncidentService& incidents(RequestContext const& context) { return context.services.app->incidents; }

bool allowed(RequestContext const& context, app::Permission permission, OrganisationId organisation)
{
    return app::authorise(context.actor, permission, organisation).has_value();
}

Result<app::IncidentQuery> query_from(std::vector<std::pair<std::string, std::string>> const& query)
{
    app::IncidentQuery result;
    if (auto const status = form_value(query, "status"); status && !status->empty())
        result.status = TRY(parse_incident_status(*status));
    auto const reportable = form_value(query, "meldingsplichtig").value_or("");
    if (reportable == "ja")
        result.reportable = true;
    else if (reportable == "nee")
        result.reportable = false;
    return result;
}

nlohmann::json reportable_options(RequestContext& context, std::string const& chosen)
{
    auto list = nlohmann::json::array();
    for (auto const& [value, key] :
        {std::pair{"", "incidents_filter_any"}, {"ja", "incidents_filter_yes"}, {"nee", "incidents_filter_no"}})
        list.push_back({{"value", value}, {"label", context.text(key)}, {"selected", chosen == value}});
    return list;
}

// The meldloket form, with the error of a refused submission beside its field.
Result<Response> report_form(RequestContext& context, OrganisationId id, Error const* error)
{
    auto const systems = TRY(incidents(context).system_choices(context.actor, id));
    nlohmann::json values = nlohmann::json::object();
    for (auto const& [name, value] : context.form())
        values[name] = value;
    if (!values.contains("noticed_at"))
        values["noticed_at"] = format_local_date_time_input(context.services.clock.now());
    auto const chosen = values.value("system", "");
    auto options = nlohmann::json::array();
    for (auto const& system : systems)
        options.push_back(
            {{"value", system.id.to_string()}, {"label", system.name}, {"selected", system.id.to_string() == chosen}});
    nlohmann::json errors = nlohmann::json::object();
    auto summary = nlohmann::json::array();
    if (error) {
        auto const field = error->location().field.value_or("title");
        errors[field] = error->message();
        summary.push_back({{"field", field}, {"message", error->message()}});
    }
    Page page{.template_name = "incident_form",
        .title_key = "incident_form_title",
        .data = {{"organisation_id", id.to_string()}, {"values", values}, {"errors", errors}, {"summary", summary},
            {"has_summary", !summary.empty()}, {"systems", options}},
        .current_navigation = "incident_report"};
    if (allowed(context, app::Permission::IncidentRead, id))
        page.breadcrumbs = {{context.text("incidents_title"), incidents_path(id)}};
    if (auto const number = form_value(parse_form(context.request.query), "gemeld"))
        page.notice = fill(context.text("incident_received"), {{"number", *number}});
    if (error) {
        page.problem = context.text("form_has_errors") + " " + error->message();
        page.status = status_for(error->kind());
    }
    return render_page(context, std::move(page));
}

Result<IncidentReport> report_from_form(RequestContext& context)
{
    IncidentReport report;
    report.title = context.field("title");
    report.description = context.field("description");
    report.noticed_at = TRY(parse_local_date_time(context.field("noticed_at"), "noticed_at"));
    if (auto const system = context.field("system"); !system.empty()) {
        auto const number = parse_integer(system).value_or(0);
        if (number <= 0)
            return Error::invalid("choose a system from the list", {.field = "systems"});
        report.systems.emplace_back(number);
    }
    if (auto const service = context.field("service"); !trim(service).empty())
        report.services.push_back(service);
    report.reporter_contact = context.field("reporter_contact");
    return report;
}

// The organisation and incident of an incident route, after the permission check.
struct IncidentRoute {
    OrganisationId organisation{0};
    IncidentId incident{0};
};

Result<IncidentRoute> incident_route(RequestContext& context, app::Permission permission)
{
    auto const id = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, permission, id));
    return IncidentRoute{id, TRY(incident_parameter(context))};
}

// After a handler's form: back to the story, or the page again with the error beside
// its field and the input kept. Server-side errors get the error page.
Result<Response> after_form(
    RequestContext& context, IncidentRoute const& route, std::string_view form, Result<void> const& done)
{
    if (done)
        return Response::redirect(incident_path(route.organisation, route.incident) + "?bijgewerkt=1");
    if (is_server_side(done.error()) || done.error().kind() == ErrorKind::NotFound
        || done.error().kind() == ErrorKind::Forbidden)
        return done.error();
    return incident_detail_page(context, route.organisation, route.incident, FailedForm{form, &done.error()});
}

} // namespace

Result<Response> show_incidents(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, app::Permission::IncidentRead, id));
    auto const raw = parse_form(context.request.query);
    auto const query = TRY(query_from(raw));
    auto const overviews = TRY(incidents(context).list(context.actor, id, query));
    auto rows = nlohmann::json::array();
    for (auto const& overview : overviews)
        rows.push_back(incident_row(context, overview));
    Page page{.template_name = "incidents",
        .title_key = "incidents_title",
        .data = {{"organisation_id", id.to_string()}, {"incidents", rows}, {"has_incidents", !rows.empty()},
            {"can_report", allowed(context, app::Permission::IncidentReport, id)},
            {"statuses",
                options(context, "incident_status_",
                    std::array{IncidentStatus::New, IncidentStatus::InProgress, IncidentStatus::Contained,
                        IncidentStatus::Resolved, IncidentStatus::Closed},
                    form_value(raw, "status").value_or(""))},
            {"reportable_options", reportable_options(context, form_value(raw, "meldingsplichtig").value_or(""))}},
        .current_navigation = "incidents"};
    return render_page(context, std::move(page));
}

Result<Response> show_incident_form(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, app::Permission::IncidentReport, id));
    return report_form(context, id, nullptr);
}

Result<Response> submit_incident(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    // Permission before input, so a refusal reveals nothing about the input rules.
    TRY(app::authorise(context.actor, app::Permission::IncidentReport, id));
    auto report = report_from_form(context);
    auto incident
        = report ? incidents(context).report(context.actor, id, std::move(*report)) : Result<Incident>(report.error());
    if (!incident && incident.error().kind() == ErrorKind::Invalid)
        return report_form(context, id, &incident.error());
    if (!incident)
        return incident.error();
    if (allowed(context, app::Permission::IncidentRead, id))
        return Response::redirect(incident_path(id, incident->id) + "?gemeld=1");
    return Response::redirect(incidents_path(id) + "/melden?gemeld=" + incident->id.to_string());
}

Result<Response> show_incident(RequestContext& context)
{
    auto const route = TRY(incident_route(context, app::Permission::IncidentRead));
    return incident_detail_page(context, route.organisation, route.incident, std::nullopt);
}

Result<Response> submit_incident_entry(RequestContext& context)
{
    auto const route = TRY(incident_route(context, app::Permission::IncidentHandle));
    auto const done = [&]() -> Result<void> {
        TimelineEntryDraft draft;
        draft.kind = TRY(parse_timeline_entry_kind(context.field("kind")));
        draft.text = context.field("text");
        if (auto const at = context.field("occurred_at"); !trim(at).empty())
            draft.occurred_at = TRY(parse_local_date_time(at, "occurred_at"));
        if (auto const corrects = context.field("corrects"); !trim(corrects).empty()) {
            auto const number = parse_integer(trim(corrects)).value_or(0);
            if (number <= 0)
                return Error::invalid("enter the number of the line to correct", {.field = "corrects"});
            draft.corrects = TimelineEntryId(number);
        }
        TRY(incidents(context).add_entry(context.actor, route.organisation, route.incident, std::move(draft)));
        return ok();
    }();
    return after_form(context, route, "note", done);
}

Result<Response> submit_incident_decision(RequestContext& context)
{
    auto const route = TRY(incident_route(context, app::Permission::IncidentHandle));
    auto const done = [&]() -> Result<void> {
        SignificanceDecision decision;
        decision.regime = TRY(parse_reporting_regime(context.field("regime")));
        auto const outcome = context.field("outcome");
        if (outcome.empty())
            return Error::invalid("choose reportable or not reportable", {.field = "outcome"});
        decision.outcome = TRY(parse_significance_outcome(outcome));
        for (auto const& [name, value] : context.form()) {
            if (name == "criterion")
                decision.criteria_met.push_back(value);
        }
        decision.reasons = context.field("reasons");
        TRY(incidents(context).decide(context.actor, route.organisation, route.incident, std::move(decision)));
        return ok();
    }();
    return after_form(context, route, "decide", done);
}

Result<Response> submit_incident_sent(RequestContext& context)
{
    auto const route = TRY(incident_route(context, app::Permission::IncidentHandle));
    auto const done = [&]() -> Result<void> {
        app::ReportSending sending;
        sending.kind = TRY(parse_report_kind(context.field("kind")));
        sending.recipient.kind = TRY(parse_recipient_kind(context.field("recipient_kind")));
        sending.recipient.name = context.field("recipient");
        sending.channel = context.field("channel");
        auto const at = context.field("sent_at");
        sending.sent_at = trim(at).empty() ? context.services.clock.now() : TRY(parse_local_date_time(at, "sent_at"));
        sending.contact = context.field("contact");
        sending.facts.impact = context.field("impact");
        if (auto const measures = context.field("measures_taken"); !trim(measures).empty())
            sending.facts.measures_taken.push_back(measures);
        sending.late_reason = context.field("late_reason");
        TRY(incidents(context).mark_sent(context.actor, route.organisation, route.incident, std::move(sending)));
        return ok();
    }();
    return after_form(context, route, "sent", done);
}

} // namespace bolwerk::web
