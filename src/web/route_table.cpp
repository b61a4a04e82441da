#include "web/assessment/assessment_api.hpp"
#include "web/assessment/assessment_pages.hpp"
#include "web/evidence/evidence_pages.hpp"
#include "web/health_routes.hpp"
#include "web/http/http.hpp"
#include "web/http/route.hpp"
#include "web/identity/account_pages.hpp"
#include "web/identity/auth_pages.hpp"
#include "web/identity/oidc_pages.hpp"
#include "web/organisation/organisation_api.hpp"
#include "web/organisation/organisation_pages.hpp"
#include "web/risk/risk_api.hpp"
#include "web/risk/risk_pages.hpp"
#include "web/risk/risk_views.hpp"
#include "web/vvt/vvt_pages.hpp"

#include <array>

namespace bolwerk::web {

namespace {

constexpr std::string_view organisation_schema = R"({"type":"object","properties":{
  "id":{"type":"integer"},"name":{"type":"string"},"kind":{"enum":["rijk","provincie","gemeente","waterschap","zbo","other"]},
  "oin":{"type":["string","null"],"pattern":"^[0-9]{20}$"},"kvk_number":{"type":["string","null"],"pattern":"^[0-9]{8}$"},
  "created_at":{"type":"string","format":"date-time"},"updated_at":{"type":"string","format":"date-time"},
  "version":{"type":"integer"}}})";
constexpr std::string_view organisation_patch_schema = R"({"type":"object","properties":{
  "name":{"type":"string"},"kind":{"type":"string"},"oin":{"type":["string","null"]},"kvk_number":{"type":["string","null"]}}})";
constexpr std::string_view page_schema = R"({"type":"object","properties":{"items":{"type":"array"},
  "next":{"type":"string","description":"URL of the next page; absent on the last page"}}})";
constexpr std::string_view token_request_schema = R"({"type":"object","required":["name","role"],"properties":{
  "name":{"type":"string"},"role":{"type":"string"},"valid_days":{"type":"integer","minimum":1,"maximum":365}}})";
constexpr std::string_view token_schema = R"({"type":"object","properties":{"id":{"type":"integer"},
  "name":{"type":"string"},"role":{"type":"string"},"expires_at":{"type":"string"},
  "token":{"type":"string","description":"The secret; shown only in this response"}}})";
constexpr std::string_view evidence_item_schema = R"({"type":"object","properties":{
  "id":{"type":"integer"},"kind":{"enum":["bestand","link","notitie"]},"title":{"type":"string"},
  "description":{"type":"string"},"effective_on":{"type":"string","format":"date"},
  "valid_until":{"type":["string","null"],"format":"date"},"status":{"enum":["geldig","verloopt_binnenkort","verlopen"]},
  "url":{"type":"string"},"note":{"type":"string"},"version_count":{"type":"integer"},
  "current":{"type":["object","null"],"properties":{"number":{"type":"integer"},"sha256":{"type":"string"},
    "size":{"type":"integer"},"media_type":{"type":"string"},"file_name":{"type":"string"}}},
  "links":{"type":"array","items":{"type":"object","properties":{"kind":{"enum":["measure","control","risk"]},
    "reference":{"type":"string"},"aspect":{"enum":["opzet","bestaan","werking",null]}}}}}})";
constexpr std::string_view evidence_list_schema
    = R"({"type":"object","properties":{"items":{"type":"array","items":{"type":"object"}}}})";
constexpr std::string_view evidence_upload_schema = R"({"type":"object","required":["file","title","effective_on"],
  "properties":{"file":{"type":"string","format":"binary"},"title":{"type":"string"},
  "description":{"type":"string"},"effective_on":{"type":"string","format":"date"},
  "valid_until":{"type":"string","format":"date"},"target":{"type":"string","description":"5.17.01, 5.17 or risk:N"},
  "aspect":{"enum":["opzet","bestaan","werking"]}}})";

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

constexpr std::string_view vvt_scope_schema = R"json({"type":"object","properties":{
  "statement":{"type":"string"},"processes":{"type":"array","items":{"type":"object"}},
  "information_systems":{"type":"array"},"locations":{"type":"array"},"interfaces":{"type":"array"},
  "exclusions":{"type":"array","items":{"type":"object","properties":{"subject":{"type":"string"},"reason":{"type":"string"}}}},
  "version":{"type":"integer","description":"The version that was read (0 for the first scope); a stale one is 409"}}})json";
constexpr std::string_view vvt_version_schema = R"json({"type":"object","properties":{"number":{"type":"integer"},
  "catalog":{"type":"string"},"sha256":{"type":"string","description":"SHA-256 of the stored JSON document"},
  "canonical_sha256":{"type":"string"},"status":{"enum":["draft","approved"]},
  "approved_by":{"type":["string","null"]},"approved_at":{"type":["string","null"]},"published":{"type":"boolean"},
  "changes":{"type":"array","description":"Against the previous version (GET of one version only)"}}})json";
constexpr std::string_view vvt_publication_schema = R"json({"type":"object","properties":{"enabled":{"type":"boolean"},
  "published_version":{"type":["integer","null"]},"history":{"type":"array"}}})json";
constexpr std::string_view vvt_publication_request_schema = R"json({"type":"object","required":["enabled"],
  "properties":{"enabled":{"type":"boolean"}}})json";
constexpr std::string_view vvt_document_schema
    = R"json({"type":"object","description":"The VvT in the bolwerk-vvt/1 shape (docs/vvt.md)"})json";

// Dutch paths for the pages (the UI is Dutch first); the API is in English.
constexpr std::array routes{
    Route{Method::Get, "/healthz", Access::Public, "Liveness: the process answers.", handle_healthz},
    Route{Method::Get, "/readyz", Access::Public, "Readiness: the database answers.", handle_readyz},
    Route{Method::Get, "/", Access::Public, "Start: to the current organisation or the sign-in page.", show_home},
    Route{Method::Get, "/inloggen", Access::Public, "Sign-in form.", show_login},
    Route{Method::Post, "/inloggen", Access::PublicForm, "Sign in with e-mail address and password.", submit_login},
    Route{Method::Get, "/inloggen/sso", Access::Public, "Single sign-on: to the identity provider (OIDC, PKCE).",
        start_single_sign_on},
    Route{Method::Get, "/inloggen/sso/terug", Access::Public, "Single sign-on: back from the identity provider.",
        finish_single_sign_on},
    Route{Method::Get, "/taal/{language}", Access::Public, "Switch the language (nl, en).", switch_language},
    Route{Method::Get, "/inloggen/code", Access::SessionAnyStage, "Second-factor form.", show_code},
    Route{Method::Post, "/inloggen/code", Access::SessionAnyStage, "Check a TOTP or recovery code.", submit_code},
    Route{Method::Post, "/uitloggen", Access::SessionAnyStage, "Sign out.", submit_logout},
    Route{Method::Get, "/account/mfa", Access::SessionAnyStage, "TOTP enrolment with QR code.", show_mfa_enrolment},
    Route{Method::Post, "/account/mfa", Access::SessionAnyStage, "Confirm TOTP enrolment.", submit_mfa_enrolment},
    Route{Method::Get, "/account", Access::Session, "The user's own account.", show_account},
    Route{Method::Post, "/account/wachtwoord", Access::Session, "Change the password.", submit_password},
    Route{
        Method::Post, "/uitloggen/overal", Access::Session, "End every session of the user.", submit_logout_everywhere},
    Route{
        Method::Post, "/organisatie/wissel", Access::Session, "Switch the current organisation.", switch_organisation},
    Route{Method::Get, "/organisaties/{organisation}", Access::Session, "Organisation settings.", show_organisation, {},
        {}, "organisation.read"},
    Route{Method::Post, "/organisaties/{organisation}", Access::Session, "Change organisation settings.",
        submit_organisation, {}, {}, "organisation.update"},
    Route{Method::Get, "/organisaties/{organisation}/gebruikers", Access::Session, "Users and roles.", show_members, {},
        {}, "member.read"},
    Route{Method::Post, "/organisaties/{organisation}/gebruikers", Access::Session, "Add a user with a role.",
        submit_member, {}, {}, "member.manage"},
    Route{Method::Post, "/organisaties/{organisation}/rollen", Access::Session, "Grant or revoke a role.", submit_role,
        {}, {}, "member.manage"},
    Route{Method::Get, "/organisaties/{organisation}/audit", Access::Session, "The audit trail.", show_audit_trail, {},
        {}, "audit_trail.read"},
    Route{Method::Get, "/organisaties/{organisation}/audit.csv", Access::Session, "Audit trail as CSV.",
        export_audit_csv, {}, {}, "audit_trail.read"},
    Route{Method::Get, "/organisaties/{organisation}/audit.json", Access::Session, "Audit trail as JSON.",
        export_audit_json, {}, {}, "audit_trail.read"},
    Route{Method::Get, "/organisaties/{organisation}/risicos", Access::Session,
        "The risk register, heat maps of inherent and residual risk, and the risk tasks.", show_risks, {}, {},
        "risk.read"},
    Route{Method::Post, "/organisaties/{organisation}/risicos", Access::Session, "Register a risk.", submit_risk, {},
        {}, "risk.write"},
    Route{Method::Get, "/organisaties/{organisation}/risicos/nieuw", Access::Session, "Form to register a risk.",
        show_risk_form, {}, {}, "risk.write"},
    Route{Method::Get, "/organisaties/{organisation}/risicos.csv", Access::Session, "The risk register as CSV.",
        export_risks_csv, {}, {}, "risk.read"},
    Route{Method::Get, "/organisaties/{organisation}/risicos.xlsx", Access::Session, "The risk register as XLSX.",
        export_risks_xlsx, {}, {}, "risk.read"},
    Route{Method::Get, "/organisaties/{organisation}/risicos/acceptatie", Access::Session,
        "Form to accept a residual risk (?risico=N preselects one).", show_accept_form, {}, {}, "risk.accept"},
    Route{Method::Post, "/organisaties/{organisation}/risicos/acceptatie", Access::Session,
        "Accept a residual risk as proceseigenaar or bestuurder.", submit_accept, {}, {}, "risk.accept"},
    // Issue 6: risk detail, board, reviews, import, systems, methodology and analyses.
    Route{Method::Get, "/organisaties/{organisation}/risicos/bestuur", Access::Session,
        "For the board: the top 10 risks by residual score, acceptances waiting and expiring.", show_risk_board, {}, {},
        "risk.read"},
    Route{Method::Get, "/organisaties/{organisation}/risicos/herbeoordeling", Access::Session,
        "Risks whose review date has passed.", show_overdue_reviews, {}, {}, "risk.read"},
    Route{Method::Get, "/organisaties/{organisation}/risicos/import", Access::Session,
        "Form to import risks from CSV (pasted).", show_risk_import, {}, {}, "risk.write"},
    Route{Method::Post, "/organisaties/{organisation}/risicos/import", Access::Session,
        "Import risks from CSV: all or nothing unless bad rows are skipped.", submit_risk_import, {}, {}, "risk.write"},
    Route{Method::Get, "/organisaties/{organisation}/risicos/{risk}", Access::Session,
        "One risk: scores, measures, linked systems and controls, acceptances and history.", show_risk_detail, {}, {},
        "risk.read"},
    Route{Method::Get, "/organisaties/{organisation}/systemen", Access::Session,
        "The information systems register with the inherited BIV classification.", show_systems, {}, {}, "risk.read"},
    Route{Method::Post, "/organisaties/{organisation}/systemen", Access::Session, "Register an information system.",
        submit_system, {}, {}, "risk.write"},
    Route{Method::Get, "/organisaties/{organisation}/systemen/nieuw", Access::Session,
        "Form to register an information system.", show_system_form, {}, {}, "risk.write"},
    Route{Method::Get, "/organisaties/{organisation}/systemen/{system}", Access::Session,
        "One information system: dependencies both ways, inherited classification and its risks.", show_system, {}, {},
        "risk.read"},
    Route{Method::Get, "/organisaties/{organisation}/risicomethodiek", Access::Session,
        "The risk methodology: scales, impact areas, matrix and risk appetite.", show_methodology, {}, {}, "risk.read"},
    Route{Method::Post, "/organisaties/{organisation}/risicomethodiek", Access::Session,
        "Store a new methodology version (matrix, appetite, validity of acceptances).", submit_methodology, {}, {},
        "risk_methodology.write"},
    Route{Method::Get, "/organisaties/{organisation}/risicoanalyses", Access::Session,
        "Quickscans and full risk analyses, and the analyses the BIO2 asks for.", show_analyses, {}, {}, "risk.read"},
    Route{Method::Post, "/organisaties/{organisation}/risicoanalyses", Access::Session, "Record a risk analysis.",
        submit_analysis, {}, {}, "risk.write"},
    Route{Method::Post, "/organisaties/{organisation}/risicoanalyses/{analysis}/status", Access::Session,
        "Change the status of a risk analysis.", submit_analysis_status, {}, {}, "risk.write"},

    // Gap analysis pages (issue #5): dashboard, gap list, controls and measures.
    Route{Method::Get, "/organisaties/{organisation}/dashboard", Access::Session,
        "Gap-analysis dashboard: charts with tables, overdue measures (?label=, ?eigenaar=, ?status= filter).",
        show_assessment_dashboard, {}, {}, "assessment.read"},
    Route{Method::Get, "/organisaties/{organisation}/gaplijst", Access::Session,
        "The gap list sorted for action, mandatory first (filters as the dashboard; ?pagina=N).", show_gap_list, {}, {},
        "assessment.read"},
    Route{Method::Get, "/organisaties/{organisation}/beheersmaatregelen", Access::Session,
        "The 93 controls: applicability, reasons and their measures.", show_assessment_controls, {}, {},
        "assessment.read"},
    Route{Method::Get, "/organisaties/{organisation}/beheersmaatregelen/{control}", Access::Session,
        "Form for one control's applicability.", show_control_form, {}, {}, "assessment.read"},
    Route{Method::Post, "/organisaties/{organisation}/beheersmaatregelen/{control}", Access::Session,
        "Save one control's applicability (version checked).", submit_control, {}, {}, "assessment.write"},
    Route{Method::Get, "/organisaties/{organisation}/maatregelen/{measure}", Access::Session,
        "One overheidsmaatregel with its answer form.", show_measure_form, {}, {}, "assessment.read"},
    Route{Method::Post, "/organisaties/{organisation}/maatregelen/{measure}", Access::Session,
        "Save one measure's answer: status, owner, maturity, opzet/bestaan/werking (version checked). Its owner "
        "may change only status, maturity and notes.",
        submit_measure, {}, {}, "assessment.contribute"},
    // Evidence (issue #5). "/bewijs/nieuw" comes before "/bewijs/{item}": the first match wins.
    Route{Method::Get, "/organisaties/{organisation}/bewijs", Access::Session,
        "Evidence with expiry status (?doel=5.17.01, ?aspect=opzet, ?verloopt=1).", show_evidence, {}, {},
        "evidence.read"},
    Route{Method::Get, "/organisaties/{organisation}/bewijs/nieuw", Access::Session,
        "Form to add a file, link or note as evidence (?soort=bestand|link|notitie).", show_evidence_form, {}, {},
        "evidence.write"},
    Route{Method::Post, "/organisaties/{organisation}/bewijs", Access::Session,
        "Add evidence: a file (multipart/form-data), a link or a note.", submit_evidence, {}, {}, "evidence.write",
        Payload::Upload},
    Route{Method::Get, "/organisaties/{organisation}/bewijs/{item}", Access::Session,
        "One evidence item with its versions and what it supports.", show_evidence_item, {}, {}, "evidence.read"},
    Route{Method::Get, "/organisaties/{organisation}/bewijs/{item}/inhoud", Access::Session,
        "Download the file of an evidence item (?versie=N), always as an attachment.", download_evidence, {}, {},
        "evidence.read", Payload::Download},
    Route{Method::Post, "/organisaties/{organisation}/bewijs/{item}/versies", Access::Session,
        "Upload a new version of an evidence file; earlier versions stay.", submit_evidence_version, {}, {},
        "evidence.write", Payload::Upload},
    Route{Method::Post, "/organisaties/{organisation}/bewijs/{item}/koppelingen", Access::Session,
        "Link evidence to a measure, control or risk (and aspect).", submit_evidence_link, {}, {}, "evidence.write"},
    Route{Method::Post, "/organisaties/{organisation}/bewijs/{item}/koppelingen/verwijderen", Access::Session,
        "Remove a link between evidence and a target.", submit_evidence_unlink, {}, {}, "evidence.write"},

    Route{Method::Get, "/organisaties/{organisation}/vvt", Access::Session,
        "The VvT: preview, versions, exports and publication.", show_vvt, {}, {}, "assessment.read"},
    Route{Method::Get, "/organisaties/{organisation}/vvt/export/{format}", Access::Session,
        "The VvT preview as xlsx, pdf, csv, json or oscal-ssp.", export_vvt_preview, {}, {}, "assessment.read"},
    Route{Method::Get, "/organisaties/{organisation}/vvt/reikwijdte", Access::Session, "Form to edit the ISMS scope.",
        show_vvt_scope_form, {}, {}, "vvt.manage"},
    Route{Method::Post, "/organisaties/{organisation}/vvt/reikwijdte", Access::Session, "Store the ISMS scope.",
        submit_vvt_scope, {}, {}, "vvt.manage"},
    Route{Method::Post, "/organisaties/{organisation}/vvt/versies", Access::Session,
        "Freeze the VvT as the next numbered version.", submit_vvt_freeze, {}, {}, "vvt.manage"},
    Route{Method::Get, "/organisaties/{organisation}/vvt/versies/{version}", Access::Session,
        "A VvT version with its diff against the previous one.", show_vvt_version, {}, {}, "assessment.read"},
    Route{Method::Get, "/organisaties/{organisation}/vvt/versies/{version}/export/{format}", Access::Session,
        "A VvT version as xlsx, pdf, csv, json or oscal-ssp.", export_vvt_version, {}, {}, "assessment.read"},
    Route{Method::Post, "/organisaties/{organisation}/vvt/versies/{version}/vaststellen", Access::Session,
        "Approve a VvT version (bestuurder).", submit_vvt_approve, {}, {}, "vvt.approve"},
    Route{Method::Post, "/organisaties/{organisation}/vvt/versies/{version}/publiceren", Access::Session,
        "Publish an approved VvT version.", submit_vvt_publish, {}, {}, "vvt.publish"},
    Route{Method::Post, "/organisaties/{organisation}/vvt/intrekken", Access::Session,
        "Take the published VvT off the public page.", submit_vvt_unpublish, {}, {}, "vvt.publish"},
    Route{Method::Post, "/organisaties/{organisation}/vvt/publicatie", Access::Session,
        "Switch the publication of the VvT on or off.", submit_vvt_publication_setting, {}, {}, "vvt.publish"},
    Route{Method::Get, "/openbaar/{publisher}/vvt", Access::Public,
        "Public page: the published ISMS scope and VvT (no sign-in).", show_public_vvt},
    Route{Method::Get, "/openbaar/{publisher}/vvt/{file}", Access::Public,
        "Public download of the published VvT document (its SHA-256 is on the public page).", download_public_vvt},

    Route{Method::Get, "/api/v1/openapi.json", Access::Public, "This OpenAPI document.", api_openapi},
    Route{Method::Get, "/api/v1/organisations", Access::Api, "List the caller's organisations (limit 1-100, offset).",
        api_list_organisations, {}, page_schema, "organisation.read"},
    Route{Method::Get, "/api/v1/organisations/{organisation}", Access::Api,
        "One organisation, with its version as ETag.", api_get_organisation, {}, organisation_schema,
        "organisation.read"},
    Route{Method::Patch, "/api/v1/organisations/{organisation}", Access::Api,
        "Change an organisation. Needs If-Match with the ETag; a stale one gets 412 and changes nothing.",
        api_patch_organisation, organisation_patch_schema, organisation_schema, "organisation.update"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/members", Access::Api,
        "Users and their roles in the organisation.", api_list_members, {}, page_schema, "member.read"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/audit-events", Access::Api,
        "The organisation's audit trail, oldest first (limit 1-500, after = sequence).", api_list_audit_events, {},
        page_schema, "audit_trail.read"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/api-tokens", Access::Api,
        "The organisation's API tokens (never their secrets).", api_list_tokens, {}, page_schema, "api_token.manage"},
    Route{Method::Post, "/api/v1/organisations/{organisation}/api-tokens", Access::Api,
        "Issue an API token for one role in this organisation; the secret is shown once.", api_create_token,
        token_request_schema, token_schema, "api_token.manage"},
    Route{Method::Delete, "/api/v1/organisations/{organisation}/api-tokens/{token}", Access::Api,
        "Revoke an API token.", api_revoke_token, {}, {}, "api_token.manage"},
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
    Route{Method::Get, "/api/v1/organisations/{organisation}/evidence", Access::Api,
        "Evidence items with expiry status (target=5.17.01|5.17|risk:N, aspect=opzet|bestaan|werking, "
        "expiring=YYYY-MM-DD: expired or expiring within 30 days of that day).",
        api_list_evidence, {}, evidence_list_schema, "evidence.read"},
    Route{Method::Post, "/api/v1/organisations/{organisation}/evidence", Access::Api,
        "Add evidence: a file as multipart/form-data (fields below, `target` repeatable), or a link or note as "
        "a JSON object {kind, title, url|note, effective_on, valid_until, targets, aspect}.",
        api_upload_evidence, evidence_upload_schema, evidence_item_schema, "evidence.write", Payload::Upload},
    Route{Method::Get, "/api/v1/organisations/{organisation}/evidence/{item}", Access::Api,
        "One evidence item with every version.", api_get_evidence, {}, evidence_item_schema, "evidence.read"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/evidence/{item}/content", Access::Api,
        "The file of the current version, as an attachment typed by its detected content.", api_evidence_content, {},
        {}, "evidence.read", Payload::Download},
    // Issue 6: the risk management API.
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
    Route{Method::Get, "/api/v1/organisations/{organisation}/vvt", Access::Api,
        "The current VvT preview (bolwerk-vvt/1).", api_vvt_preview, {}, vvt_document_schema, "assessment.read"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/vvt/scope", Access::Api,
        "The ISMS scope with its version.", api_vvt_get_scope, {}, vvt_scope_schema, "assessment.read"},
    Route{Method::Put, "/api/v1/organisations/{organisation}/vvt/scope", Access::Api,
        "Store the ISMS scope; 'version' must be the one read (409 when stale).", api_vvt_put_scope, vvt_scope_schema,
        vvt_scope_schema, "vvt.manage"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/vvt/versions", Access::Api,
        "The frozen VvT versions, newest first.", api_vvt_list_versions, {}, page_schema, "assessment.read"},
    Route{Method::Post, "/api/v1/organisations/{organisation}/vvt/versions", Access::Api,
        "Freeze the current VvT as the next numbered version.", api_vvt_freeze, {}, vvt_version_schema, "vvt.manage"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/vvt/versions/{version}", Access::Api,
        "One VvT version with its changes against the previous one.", api_vvt_get_version, {}, vvt_version_schema,
        "assessment.read"},
    Route{Method::Post, "/api/v1/organisations/{organisation}/vvt/versions/{version}/approve", Access::Api,
        "Approve a VvT version (bestuurder); 409 when already approved.", api_vvt_approve, {}, vvt_version_schema,
        "vvt.approve"},
    Route{Method::Post, "/api/v1/organisations/{organisation}/vvt/versions/{version}/publish", Access::Api,
        "Publish an approved version; 400 naming every exclusion without a risk reference.", api_vvt_publish, {},
        vvt_publication_schema, "vvt.publish"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/vvt/publication", Access::Api,
        "The publication setting, the published version and the history.", api_vvt_get_publication, {},
        vvt_publication_schema, "assessment.read"},
    Route{Method::Put, "/api/v1/organisations/{organisation}/vvt/publication", Access::Api,
        "Switch publication on or off (off also ends the current publication).", api_vvt_put_publication,
        vvt_publication_request_schema, vvt_publication_schema, "vvt.publish"},
    Route{Method::Delete, "/api/v1/organisations/{organisation}/vvt/publication", Access::Api,
        "Unpublish the VvT; the history is kept.", api_vvt_unpublish, {}, vvt_publication_schema, "vvt.publish"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/vvt/export", Access::Api,
        "The VvT as a file: format=xlsx|pdf|csv|json|oscal-ssp, version=N (default: the current preview).",
        api_vvt_export, {}, {}, "assessment.read"},
};

} // namespace

std::span<Route const> route_table() { return routes; }

} // namespace bolwerk::web
