#include "web/assessment/assessment_routes.hpp"

#include "web/assessment/assessment_api.hpp"
#include "web/assessment/assessment_pages.hpp"
#include "web/core/api_support.hpp"
#include "web/core/handler.hpp"
#include "web/http/route.hpp"

#include <array>

namespace bolwerk::web {

namespace {

// The gap analysis (issue #5); app/assessment/assessment_json.hpp has the full form.
constexpr std::string_view assessment_control_schema = R"({"type":"object","properties":{
  "control":{"type":"string","example":"5.1"},"applicable":{"type":"boolean"},
  "reasons":{"type":"array","items":{"enum":["bio2_mandatory","risk_analysis","law_or_contract","own_choice"]}},
  "justification":{"type":"string","description":"Required for an exclusion"},
  "reference":{"type":["object","null"],"properties":{"kind":{"enum":["risk_analysis","risk","document"]},
    "value":{"type":"string"}}},
  "version":{"type":"integer"}}})";

constexpr std::string_view assessment_measure_schema = R"({"type":"object","properties":{
  "measure":{"type":"string","example":"5.01.01"},
  "status":{"enum":["not_started","in_progress","implemented","not_applicable"]},
  "owner":{"type":"string"},"target_date":{"type":["string","null"],"format":"date"},
  "maturity":{"type":["integer","null"]},"not_applicable_reason":{"type":"string"},
  "reference":{"type":["object","null"]},
  "opzet":{"type":"object"},"bestaan":{"type":"object"},"werking":{"type":"object"},
  "needs_review":{"type":"boolean","readOnly":true},"review_reason":{"type":"string","readOnly":true},
  "version":{"type":"integer","readOnly":true}},
  "description":"opzet, bestaan, werking: {result: not_assessed|compliant|partially_compliant|non_compliant, date, assessor, note}; bestaan needs opzet and werking needs bestaan"})";

constexpr std::string_view assessment_schema = R"({"type":"object","properties":{
  "catalog":{"type":"string","example":"bio2@1.3"},"started":{"type":"boolean"},
  "maturity_scale":{"type":"array","items":{"type":"string"}},
  "controls":{"type":"array","items":{"type":"object"}},"measures":{"type":"array","items":{"type":"object"}}}})";

constexpr std::string_view snapshot_request_schema = R"({"type":"object","required":["label"],"properties":{
  "label":{"type":"string","maxLength":100,"example":"Q4 2026"}}})";

constexpr std::string_view snapshot_schema = R"({"type":"object","properties":{"id":{"type":"integer"},
  "label":{"type":"string"},"catalog":{"type":"string"},"created_at":{"type":"string","format":"date-time"},
  "created_by":{"type":"string"}}})";

constexpr std::string_view assessment_diff_schema = R"({"type":"object","properties":{
  "from_catalog":{"type":"string"},"to_catalog":{"type":"string"},"maturity_scale":{"type":"array"},
  "controls":{"type":"array","items":{"type":"object","properties":{"control":{"type":"string"},
    "change":{"enum":["added","removed","changed"]},"fields":{"type":"array","items":{"type":"object",
    "properties":{"field":{"type":"string"},"before":{"type":"string"},"after":{"type":"string"}}}}}}},
  "measures":{"type":"array"}}})";

// Dutch paths for the pages (the UI is Dutch first); the API is in English. The first
// match wins, so a literal segment comes before a `{parameter}` in the same place.
constexpr std::array routes{
    Route{Method::Get, "/organisaties/{organisation}/dashboard", Access::Session,
        "Gap-analysis dashboard: charts with tables, overdue measures (?label=, ?eigenaar=, ?status= filter).",
        page_route<show_assessment_dashboard>, {}, {}, "assessment.read"},
    Route{Method::Get, "/organisaties/{organisation}/gaplijst", Access::Session,
        "The gap list sorted for action, mandatory first (filters as the dashboard; ?pagina=N).",
        page_route<show_gap_list>, {}, {}, "assessment.read"},
    Route{Method::Get, "/organisaties/{organisation}/beheersmaatregelen", Access::Session,
        "The 93 controls: applicability, reasons and their measures.", page_route<show_assessment_controls>, {}, {},
        "assessment.read"},
    Route{Method::Get, "/organisaties/{organisation}/beheersmaatregelen/{control}", Access::Session,
        "Form for one control's applicability.", page_route<show_control_form>, {}, {}, "assessment.read"},
    Route{Method::Post, "/organisaties/{organisation}/beheersmaatregelen/{control}", Access::Session,
        "Save one control's applicability (version checked).", page_route<submit_control>, {}, {}, "assessment.write"},
    Route{Method::Get, "/organisaties/{organisation}/maatregelen/{measure}", Access::Session,
        "One overheidsmaatregel with its answer form.", page_route<show_measure_form>, {}, {}, "assessment.read"},
    Route{Method::Post, "/organisaties/{organisation}/maatregelen/{measure}", Access::Session,
        "Save one measure's answer: status, owner, maturity, opzet/bestaan/werking (version checked). Its owner "
        "may change only status, maturity and notes.",
        page_route<submit_measure>, {}, {}, "assessment.contribute"},

    Route{Method::Get, "/api/v1/organisations/{organisation}/assessment", Access::Api,
        "The whole gap analysis: applicability per control, answer per measure (empty when not started).",
        api_get_assessment, {}, assessment_schema, "assessment.read"},
    Route{Method::Put, "/api/v1/organisations/{organisation}/assessment/controls/{control}", Access::Api,
        "Set whether an ISO 27002 control applies. If-Match (or the body's version) guards against lost updates.",
        api_put_assessment_control, assessment_control_schema, assessment_control_schema, "assessment.write"},
    Route{Method::Put, "/api/v1/organisations/{organisation}/assessment/measures/{measure}", Access::Api,
        "Answer an overheidsmaatregel. Needs If-Match with its ETag (\"v0\" when never answered); a stale one gets "
        "412. With assessment.contribute only, the owner (owner = their e-mail address) may change status, maturity "
        "and notes; other changes are 403.",
        api_put_assessment_measure, assessment_measure_schema, assessment_measure_schema, "assessment.contribute"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/assessment/snapshots", Access::Api,
        "The frozen snapshots of the gap analysis, oldest first.", api_list_assessment_snapshots, {}, page_schema,
        "assessment.read"},
    Route{Method::Post, "/api/v1/organisations/{organisation}/assessment/snapshots", Access::Api,
        "Freeze the whole gap analysis under a label (\"Q4 2026\").", api_create_assessment_snapshot,
        snapshot_request_schema, snapshot_schema, "assessment.freeze"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/assessment/compare", Access::Api,
        "What changed between two snapshots (from, to = labels; without to: the current state).",
        api_compare_assessment, {}, assessment_diff_schema, "assessment.read"},
};

} // namespace

std::span<Route const> assessment_routes() { return routes; }

} // namespace bolwerk::web
