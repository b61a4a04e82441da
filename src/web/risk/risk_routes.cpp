#include "web/risk/risk_routes.hpp"

#include "web/core/handler.hpp"
#include "web/http/route.hpp"
#include "web/risk/methodology_page.hpp"
#include "web/risk/risk_analysis_pages.hpp"
#include "web/risk/risk_api.hpp"
#include "web/risk/risk_board_page.hpp"
#include "web/risk/risk_detail_page.hpp"
#include "web/risk/risk_forms.hpp"
#include "web/risk/risk_import_page.hpp"
#include "web/risk/risk_overdue_page.hpp"
#include "web/risk/risk_pages.hpp"
#include "web/risk/system_pages.hpp"

#include <array>

namespace bolwerk::web {

namespace {

// Issue 6: risk management API schemas.
constexpr std::string_view risk_schema = R"({"type":"object","properties":{
  "id":{"type":"integer"},"title":{"type":"string"},"threat":{"type":"string"},"vulnerability":{"type":"string"},
  "owner":{"type":"string"},"systems":{"type":"array","items":{"type":"integer"}},
  "inherent_likelihood":{"type":"integer","writeOnly":true},
  "inherent_impacts":{"type":"object","additionalProperties":{"type":"integer"},"description":"impact per area code"},
  "inherent":{"$ref":"#/components/schemas/Score","readOnly":true},
  "residual":{"type":["object","null"],"properties":{"likelihood":{"type":"integer"},"impact":{"type":"integer"},
    "level":{"enum":["laag","midden","hoog","zeer_hoog"],"readOnly":true}}},
  "existing_controls":{"type":"array","items":{"type":"string"},"description":"ISO 27002 controls like 5.17 and overheidsmaatregelen like 5.17.01"
}
, "treatment" : {"enum" : [ "verminderen", "accepteren", "overdragen", "vermijden" ]},
                "planned_measures" : {
                    "type" : "array",
                    "items" : {
                        "type" : "object",
                        "properties" : {
                            "description" : {"type" : "string"},
                            "owner" : {"type" : "string"},
                            "due" : {"type" : [ "string", "null" ], "format" : "date"},
                            "done" : {"type" : "boolean"}
                        }
                    }
                },
                                     "review_due" : {"type" : [ "string", "null" ], "format" : "date"},
                                                    "version":
{
    "type" : "integer", "readOnly" : true
}
}
})";

constexpr std::string_view risk_page_schema = R"({"type":"object","properties":{"items":{"type":"array",
  "items":{"type":"object","description":"a risk, as GET …/risks/{risk}"}},"total":{"type":"integer"},"limit":{"type":"integer"},
  "offset":{"type":"integer"},"next":{"type":"string","description":"URL of the next page; absent on the last page"}},
  "description":"Filters: treatment, level (comma-separated), owner, system, overdue=true, order=severity; limit 1-500, offset."})";

constexpr std::string_view treatment_schema = R"({"type":"object","properties":{
  "treatment":{"enum":["verminderen","accepteren","overdragen","vermijden"]},"planned_measures":{"type":"array"},
  "existing_controls":{"type":"array","items":{"type":"string"}},
  "residual":{"type":["object","null"]},"residual_likelihood":{"type":["integer","null"]},
  "residual_impact":{"type":["integer","null"]},"review_due":{"type":["string","null"],"format":"date"}},
  "additionalProperties":false})";

constexpr std::string_view acceptance_request_schema
    = R"({"type":"object","required":["accepted_by","authority","valid_until","reason"],
  "properties":{"accepted_by":{"type":"string"},"authority":{"enum":["proceseigenaar","bestuurder"]},
  "accepted_on":{"type":"string","format":"date","description":"default today"},
  "valid_until":{"type":"string","format":"date"},"reason":{"type":"string","minLength":20}}})";

constexpr std::string_view acceptance_schema = R"({"type":"object","properties":{"id":{"type":"integer"},
  "risk":{"type":"integer"},"accepted_by":{"type":"string"},"authority":{"type":"string"},"level":{"type":"string"},
  "accepted_on":{"type":"string","format":"date"},"valid_until":{"type":"string","format":"date"},
  "reason":{"type":"string"},"expired":{"type":"boolean"}}})";

constexpr std::string_view risk_import_schema = R"({"type":"string","description":"The register CSV of the export
  (title, owner, inherent_likelihood, impact_<area>, …). Nothing is imported when any row is bad unless
  ?skip_bad_rows=true; a refusal is 422 problem+json whose errors[] name line and field of every bad row."})";

constexpr std::string_view risk_import_result_schema = R"({"type":"object","properties":{"imported":{"type":"integer"},
  "rejected":{"type":"array","items":{"type":"object","properties":{"line":{"type":"integer"},
  "field":{"type":"string"},"detail":{"type":"string"}}}}}})";

constexpr std::string_view system_schema = R"({"type":"object","properties":{"id":{"type":"integer","readOnly":true},
  "name":{"type":"string"},"owner":{"type":"string"},"description":{"type":"string"},
  "classification":{"$ref":"#/components/schemas/Cia"},
  "effective_classification":{"$ref":"#/components/schemas/Cia","readOnly":true,
    "description":"raised to the classification of every system that depends on this one"},
  "classification_inherited":{"type":"boolean","readOnly":true},
  "internet_facing":{"type":"boolean"},"operational_technology":{"type":"boolean"},"cloud":{"type":"boolean"},
  "critical_for_service_delivery":{"type":"boolean"},"depends_on":{"type":"array","items":{"type":"integer"}},
  "version":{"type":"integer","readOnly":true}}})";

constexpr std::string_view methodology_schema = R"({"type":"object","properties":{
  "likelihood":{"type":"array"},"impact":{"type":"array"},"areas":{"type":"array"},"matrix":{"type":"array"},
  "aggregation":{"type":"string"},"appetite":{"type":"array"},"max_acceptance_days":{"type":"integer"},
  "version":{"type":"integer","readOnly":true,"description":"0 = the built-in default"}}})";

constexpr std::string_view analysis_schema = R"({"type":"object","properties":{"id":{"type":"integer","readOnly":true},
  "kind":{"enum":["quickscan","volledig"]},"system":{"type":["integer","null"]},"process":{"type":"string"},
  "held_on":{"type":"string","format":"date"},"participants":{"type":"array","items":{"type":"string"}},
  "status":{"enum":["gepland","in_uitvoering","afgerond"]},"summary":{"type":"string"},
  "version":{"type":"integer","readOnly":true}}})";

constexpr std::string_view heat_map_schema = R"({"type":"object","properties":{"methodology_version":{"type":"integer"},
  "inherent":{"$ref":"#/components/schemas/HeatMap"},"residual":{"$ref":"#/components/schemas/HeatMap"}}})";

constexpr std::string_view items_schema = R"({"type":"object","properties":{"items":{"type":"array"}}})";

// Dutch paths for the pages (the UI is Dutch first); the API is in English. The first
// match wins, so a literal segment comes before a `{parameter}` in the same place.
constexpr std::array routes{
    Route{Method::Get, "/organisaties/{organisation}/risicos", Access::Session,
        "The risk register, heat maps of inherent and residual risk, and the risk tasks.", page_route<show_risks>, {},
        {}, "risk.read"},
    Route{Method::Post, "/organisaties/{organisation}/risicos", Access::Session, "Register a risk.",
        page_route<submit_risk>, {}, {}, "risk.write"},
    Route{Method::Get, "/organisaties/{organisation}/risicos/nieuw", Access::Session, "Form to register a risk.",
        page_route<show_risk_form>, {}, {}, "risk.write"},
    Route{Method::Get, "/organisaties/{organisation}/risicos.csv", Access::Session, "The risk register as CSV.",
        page_route<export_risks_csv>, {}, {}, "risk.read"},
    Route{Method::Get, "/organisaties/{organisation}/risicos.xlsx", Access::Session, "The risk register as XLSX.",
        page_route<export_risks_xlsx>, {}, {}, "risk.read"},
    Route{Method::Get, "/organisaties/{organisation}/risicos/acceptatie", Access::Session,
        "Form to accept a residual risk (?risico=N preselects one).", page_route<show_accept_form>, {}, {},
        "risk.accept"},
    Route{Method::Post, "/organisaties/{organisation}/risicos/acceptatie", Access::Session,
        "Accept a residual risk as proceseigenaar or bestuurder.", page_route<submit_accept>, {}, {}, "risk.accept"},
    Route{Method::Get, "/organisaties/{organisation}/risicos/bestuur", Access::Session,
        "For the board: the top 10 risks by residual score, acceptances waiting and expiring.",
        page_route<show_risk_board>, {}, {}, "risk.read"},
    Route{Method::Get, "/organisaties/{organisation}/risicos/herbeoordeling", Access::Session,
        "Risks whose review date has passed.", page_route<show_overdue_reviews>, {}, {}, "risk.read"},
    Route{Method::Get, "/organisaties/{organisation}/risicos/import", Access::Session,
        "Form to import risks from CSV (pasted).", page_route<show_risk_import>, {}, {}, "risk.write"},
    Route{Method::Post, "/organisaties/{organisation}/risicos/import", Access::Session,
        "Import risks from CSV: all or nothing unless bad rows are skipped.", page_route<submit_risk_import>, {}, {},
        "risk.write"},
    Route{Method::Get, "/organisaties/{organisation}/risicos/{risk}", Access::Session,
        "One risk: scores, measures, linked systems and controls, acceptances and history.",
        page_route<show_risk_detail>, {}, {}, "risk.read"},
    Route{Method::Get, "/organisaties/{organisation}/risicos/{risk}/bewerken", Access::Session,
        "Form to change a risk, prefilled, with the version it was loaded at.", page_route<show_risk_edit_form>, {}, {},
        "risk.write"},
    Route{Method::Post, "/organisaties/{organisation}/risicos/{risk}/bewerken", Access::Session,
        "Change a risk (409 with the input kept when someone else changed it first).", page_route<submit_risk_edit>, {},
        {}, "risk.write"},
    Route{Method::Get, "/organisaties/{organisation}/systemen", Access::Session,
        "The information systems register with the inherited BIV classification.", page_route<show_systems>, {}, {},
        "risk.read"},
    Route{Method::Post, "/organisaties/{organisation}/systemen", Access::Session, "Register an information system.",
        page_route<submit_system>, {}, {}, "risk.write"},
    Route{Method::Get, "/organisaties/{organisation}/systemen/nieuw", Access::Session,
        "Form to register an information system.", page_route<show_system_form>, {}, {}, "risk.write"},
    Route{Method::Get, "/organisaties/{organisation}/systemen/{system}", Access::Session,
        "One information system: dependencies both ways, inherited classification and its risks.",
        page_route<show_system>, {}, {}, "risk.read"},
    Route{Method::Get, "/organisaties/{organisation}/systemen/{system}/bewerken", Access::Session,
        "Form to change an information system, prefilled, with the version it was loaded at.",
        page_route<show_system_edit_form>, {}, {}, "risk.write"},
    Route{Method::Post, "/organisaties/{organisation}/systemen/{system}/bewerken", Access::Session,
        "Change an information system (409 with the input kept when someone else changed it first).",
        page_route<submit_system_edit>, {}, {}, "risk.write"},
    Route{Method::Get, "/organisaties/{organisation}/risicomethodiek", Access::Session,
        "The risk methodology: scales, impact areas, matrix and risk appetite.", page_route<show_methodology>, {}, {},
        "risk.read"},
    Route{Method::Post, "/organisaties/{organisation}/risicomethodiek", Access::Session,
        "Store a new methodology version (matrix, appetite, validity of acceptances).", page_route<submit_methodology>,
        {}, {}, "risk_methodology.write"},
    Route{Method::Get, "/organisaties/{organisation}/risicoanalyses", Access::Session,
        "Quickscans and full risk analyses, and the analyses the BIO2 asks for.", page_route<show_analyses>, {}, {},
        "risk.read"},
    Route{Method::Post, "/organisaties/{organisation}/risicoanalyses", Access::Session, "Record a risk analysis.",
        page_route<submit_analysis>, {}, {}, "risk.write"},
    Route{Method::Post, "/organisaties/{organisation}/risicoanalyses/{analysis}/status", Access::Session,
        "Change the status of a risk analysis.", page_route<submit_analysis_status>, {}, {}, "risk.write"},

    Route{Method::Get, "/api/v1/organisations/{organisation}/risks", Access::Api,
        "The risk register in pages, filtered by treatment, level, owner, system or overdue review.", api_list_risks,
        {}, risk_page_schema, "risk.read"},
    Route{Method::Post, "/api/v1/organisations/{organisation}/risks", Access::Api,
        "Register a risk; it is scored with the methodology in force.", api_create_risk, risk_schema, risk_schema,
        "risk.write"},
    Route{Method::Post, "/api/v1/organisations/{organisation}/risks/import", Access::Api,
        "Import risks from CSV (text/csv): all or nothing unless skip_bad_rows=true.", api_import_risks,
        risk_import_schema, risk_import_result_schema, "risk.write", Payload::Standard, "text/csv"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/risks/{risk}", Access::Api,
        "One risk, with its version as ETag.", api_get_risk, {}, risk_schema, "risk.read"},
    Route{Method::Patch, "/api/v1/organisations/{organisation}/risks/{risk}", Access::Api,
        "Change a risk (members sent replace theirs). Needs If-Match; a stale one gets 412 and changes nothing.",
        api_patch_risk, risk_schema, risk_schema, "risk.write"},
    Route{Method::Put, "/api/v1/organisations/{organisation}/risks/{risk}/treatment", Access::Api,
        "Set a risk's treatment, planned measures, residual score and review date. Needs If-Match (412 when stale).",
        api_put_treatment, treatment_schema, risk_schema, "risk.write"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/risks/{risk}/acceptances", Access::Api,
        "The acceptances of a risk, oldest first.", api_list_acceptances, {}, items_schema, "risk.read"},
    Route{Method::Post, "/api/v1/organisations/{organisation}/risks/{risk}/acceptances", Access::Api,
        "Accept the risk's residual level as proceseigenaar or bestuurder (checked against the risk appetite).",
        api_create_acceptance, acceptance_request_schema, acceptance_schema, "risk.accept"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/systems", Access::Api,
        "The information systems register with inherited BIV classifications.", api_list_systems, {}, items_schema,
        "risk.read"},
    Route{Method::Post, "/api/v1/organisations/{organisation}/systems", Access::Api, "Register an information system.",
        api_create_system, system_schema, system_schema, "risk.write"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/systems/{system}", Access::Api,
        "One information system with its inherited (effective) BIV classification.", api_get_system, {}, system_schema,
        "risk.read"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/methodology", Access::Api,
        "The risk methodology in force, with its version as ETag.", api_get_methodology, {}, methodology_schema,
        "risk.read"},
    Route{Method::Put, "/api/v1/organisations/{organisation}/methodology", Access::Api,
        "Store a new methodology version and rescore every risk (If-Match optional; 412 when stale).",
        api_put_methodology, methodology_schema, methodology_schema, "risk_methodology.write"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/risk-analyses", Access::Api,
        "Quickscans and full risk analyses.", api_list_analyses, {}, items_schema, "risk.read"},
    Route{Method::Post, "/api/v1/organisations/{organisation}/risk-analyses", Access::Api,
        "Record a quickscan or full risk analysis of a system or process.", api_create_analysis, analysis_schema,
        analysis_schema, "risk.write"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/heat-map", Access::Api,
        "Heat map cells (likelihood × impact, level, count) of inherent and residual risk.", api_heat_map, {},
        heat_map_schema, "risk.read"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/overdue-reviews", Access::Api,
        "Risks whose review date has passed, in pages.", api_overdue_reviews, {}, risk_page_schema, "risk.read"},
};

} // namespace

std::span<Route const> risk_routes() { return routes; }

void add_risk_openapi_schemas(nlohmann::json& schemas)
{
    schemas["Score"] = {{"type", "object"},
        {"properties",
            {{"likelihood", {{"type", "integer"}}}, {"impact", {{"type", "integer"}}},
                {"level", {{"enum", {"laag", "midden", "hoog", "zeer_hoog"}}}}}}};
    nlohmann::json const level{{"enum", {"laag", "midden", "hoog"}}};
    schemas["Cia"] = {{"type", "object"}, {"description", "BIV: beschikbaarheid, integriteit, vertrouwelijkheid"},
        {"properties", {{"availability", level}, {"integrity", level}, {"confidentiality", level}}}};
    schemas["HeatMap"] = nlohmann::json::parse(R"({"type":"object","properties":{"total":{"type":"integer"},
        "cells":{"type":"array","items":{"type":"object","properties":{"likelihood":{"type":"integer"},
        "impact":{"type":"integer"},"level":{"type":"string"},"count":{"type":"integer"}}}}}})");
}

} // namespace bolwerk::web
