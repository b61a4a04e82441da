#include "web/incident/incident_routes.hpp"

#include "web/core/handler.hpp"
#include "web/incident/incident_api.hpp"
#include "web/incident/incident_pages.hpp"

#include <array>

namespace bolwerk::web {

namespace {

constexpr std::string_view deadline_schema = R"({"type":"object","properties":{
  "report":{"enum":["early_warning","notification","interim_report","progress_report","final_report","data_breach_notification"]},
  "due":{"type":["string","null"],"format":"date-time"},"provisional":{"type":"boolean"},
  "met_at":{"type":["string","null"],"format":"date-time"},
  "state":{"enum":["waiting","upcoming","due_soon","overdue","met_on_time","met_late"]},
  "time_left_seconds":{"type":"integer"},"lateness_seconds":{"type":"integer"},"escalation_level":{"type":"integer"}}})";

constexpr std::string_view incident_schema = R"({"type":"object","properties":{
  "id":{"type":"integer"},"title":{"type":"string"},"description":{"type":"string"},
  "reported_by":{"type":"string"},"reporter_contact":{"type":"string"},
  "noticed_at":{"type":"string","format":"date-time"},"reported_at":{"type":"string","format":"date-time"},
  "aware_at":{"type":"string","format":"date-time","description":"every reporting clock runs from here"},
  "status":{"enum":["new","in_progress","contained","resolved","closed"]},
  "classification":{"type":"object"},"significance":{"type":"object","description":"cbw and avg: state and latest decision"},
  "deadlines":{"type":"array","items":{"type":"object","description":"report, due, state, time_left_seconds, lateness_seconds"}},
  "timeline":{"type":"array","items":{"type":"object"}},"reports":{"type":"array","items":{"type":"object",
    "description":"a report as sent: fields, channel, sent_at and its sha256"}},"version":{"type":"integer"}}})";

constexpr std::string_view incident_list_schema = R"({"type":"object","properties":{"items":{"type":"array",
  "items":{"type":"object","description":"an incident with significance and deadlines, as GET …/incidents/{incident}"}}},
  "description":"Filters: status, reportable=true|false."})";

constexpr std::string_view incident_report_schema = R"({"type":"object","required":["title","description","noticed_at"],
  "properties":{"title":{"type":"string","maxLength":200},"description":{"type":"string"},
  "noticed_at":{"type":"string","description":"RFC 3339 UTC (…Z) or Dutch time YYYY-MM-DDTHH:MM"},
  "systems":{"type":"array","items":{"type":"integer"}},"services":{"type":"array","items":{"type":"string"}},
  "reporter_contact":{"type":"string"}}})";

// Dutch paths for the pages (the UI is Dutch first); the API is in English. The first
// match wins, so a literal segment comes before a `{parameter}` in the same place.
constexpr std::array routes{
    Route{Method::Get, "/organisaties/{organisation}/incidenten", Access::Session,
        "The incident register with the reporting clocks (?status=…, ?meldingsplichtig=ja|nee).",
        page_route<show_incidents>, {}, {}, "incident.read"},
    Route{Method::Post, "/organisaties/{organisation}/incidenten", Access::Session,
        "Report a suspected incident (meldloket).", page_route<submit_incident>, {}, {}, "incident.report"},
    Route{Method::Get, "/organisaties/{organisation}/incidenten/melden", Access::Session,
        "The meldloket: the short form to report a suspected incident.", page_route<show_incident_form>, {}, {},
        "incident.report"},
    Route{Method::Get, "/organisaties/{organisation}/incidenten/{incident}", Access::Session,
        "One incident as a story: timeline, clocks, classification, decisions and reports sent.",
        page_route<show_incident>, {}, {}, "incident.read"},
    Route{Method::Post, "/organisaties/{organisation}/incidenten/{incident}/tijdlijn", Access::Session,
        "Add an entry to the append-only timeline (a correction names the entry it corrects).",
        page_route<submit_incident_entry>, {}, {}, "incident.handle"},
    Route{Method::Post, "/organisaties/{organisation}/incidenten/{incident}/besluit", Access::Session,
        "Record the significance decision (reportable or not, with reasons).", page_route<submit_incident_decision>, {},
        {}, "incident.handle"},
    Route{Method::Post, "/organisaties/{organisation}/incidenten/{incident}/verzonden", Access::Session,
        "Mark a report as sent: frozen with its SHA-256; a late one carries a reason.",
        page_route<submit_incident_sent>, {}, {}, "incident.handle"},

    Route{Method::Get, "/api/v1/organisations/{organisation}/incidents", Access::Api,
        "The incident register with significance and deadlines (status, reportable=true|false).", api_list_incidents,
        {}, incident_list_schema, "incident.read"},
    Route{Method::Post, "/api/v1/organisations/{organisation}/incidents", Access::Api,
        "Report a suspected incident (meldloket); 201 with the incident and its Location.", api_report_incident,
        incident_report_schema, incident_schema, "incident.report"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/incidents/{incident}", Access::Api,
        "One incident with its deadlines, timeline, decisions and reports sent.", api_get_incident, {}, incident_schema,
        "incident.read"},
};

} // namespace

std::span<Route const> incident_routes() { return routes; }

} // namespace bolwerk::web
