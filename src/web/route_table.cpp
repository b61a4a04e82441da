#include "web/account_pages.hpp"
#include "web/api_routes.hpp"
#include "web/auth_pages.hpp"
#include "web/health_routes.hpp"
#include "web/http.hpp"
#include "web/oidc_pages.hpp"
#include "web/organisation_pages.hpp"
#include "web/risk_pages.hpp"
#include "web/route.hpp"
#include "web/vvt_pages.hpp"

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
