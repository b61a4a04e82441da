#include "web/organisation/organisation_routes.hpp"

#include "web/core/api_support.hpp"
#include "web/core/handler.hpp"
#include "web/http/route.hpp"
#include "web/organisation/api_token_pages.hpp"
#include "web/organisation/audit_pages.hpp"
#include "web/organisation/member_api.hpp"
#include "web/organisation/member_pages.hpp"
#include "web/organisation/organisation_api.hpp"
#include "web/organisation/organisation_pages.hpp"

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

constexpr std::string_view token_request_schema = R"({"type":"object","required":["name","role"],"properties":{
  "name":{"type":"string"},"role":{"type":"string"},"valid_days":{"type":"integer","minimum":1,"maximum":365}}})";

constexpr std::string_view token_schema = R"({"type":"object","properties":{"id":{"type":"integer"},
  "name":{"type":"string"},"role":{"type":"string"},"expires_at":{"type":"string"},
  "token":{"type":"string","description":"The secret; shown only in this response"}}})";

constexpr std::string_view password_reset_schema = R"({"type":"object","properties":{
  "user_id":{"type":"integer"},"must_change_password":{"type":"boolean"},
  "temporary_password":{"type":"string","description":"Works once; shown only in this response"}}})";

// Dutch paths for the pages (the UI is Dutch first); the API is in English. The first
// match wins, so a literal segment comes before a `{parameter}` in the same place.
constexpr std::array routes{
    Route{Method::Post, "/organisatie/wissel", Access::Session, "Switch the current organisation.",
        page_route<switch_organisation>},
    Route{Method::Get, "/organisaties/nieuw", Access::Session,
        "Form for a new organisation (installation administrators).", page_route<show_new_organisation>, {}, {},
        "organisation.create"},
    Route{Method::Post, "/organisaties/nieuw", Access::Session, "Create an organisation; lands on its settings page.",
        page_route<submit_new_organisation>, {}, {}, "organisation.create"},
    Route{Method::Get, "/organisaties/{organisation}", Access::Session, "Organisation settings.",
        page_route<show_organisation>, {}, {}, "organisation.read"},
    Route{Method::Post, "/organisaties/{organisation}", Access::Session, "Change organisation settings.",
        page_route<submit_organisation>, {}, {}, "organisation.update"},
    Route{Method::Get, "/organisaties/{organisation}/gebruikers", Access::Session, "Users and roles.",
        page_route<show_members>, {}, {}, "member.read"},
    Route{Method::Post, "/organisaties/{organisation}/gebruikers", Access::Session, "Add a user with a role.",
        page_route<submit_member>, {}, {}, "member.manage"},
    Route{Method::Post, "/organisaties/{organisation}/rollen", Access::Session, "Grant or revoke a role.",
        page_route<submit_role>, {}, {}, "member.manage"},
    Route{Method::Get, "/organisaties/{organisation}/gebruikers/{user}", Access::Session,
        "One member: roles, MFA, disabled state, last sign-in, and the beheerder's actions.", page_route<show_member>,
        {}, {}, "member.read"},
    Route{Method::Post, "/organisaties/{organisation}/gebruikers/{user}/uitschakelen", Access::Session,
        "Disable a member: no sign-in, sessions end, API tokens refused.", page_route<submit_member_disable>, {}, {},
        "member.manage"},
    Route{Method::Post, "/organisaties/{organisation}/gebruikers/{user}/inschakelen", Access::Session,
        "Enable a disabled member again.", page_route<submit_member_enable>, {}, {}, "member.manage"},
    Route{Method::Post, "/organisaties/{organisation}/gebruikers/{user}/rol-intrekken", Access::Session,
        "Revoke one role of a member.", page_route<submit_member_revoke_role>, {}, {}, "member.manage"},
    Route{Method::Post, "/organisaties/{organisation}/gebruikers/{user}/wachtwoord-herstellen", Access::Session,
        "Reset a member's password; the answer shows a one-time temporary password once.",
        page_route<submit_member_password_reset>, {}, {}, "member.manage"},
    Route{Method::Get, "/organisaties/{organisation}/api-tokens", Access::Session,
        "API tokens: the list and a form to issue one.", page_route<show_api_tokens>, {}, {}, "api_token.manage"},
    Route{Method::Post, "/organisaties/{organisation}/api-tokens", Access::Session,
        "Issue an API token; the answer shows its secret once.", page_route<submit_api_token>, {}, {},
        "api_token.manage"},
    Route{Method::Post, "/organisaties/{organisation}/api-tokens/{token}/intrekken", Access::Session,
        "Revoke an API token.", page_route<submit_api_token_revoke>, {}, {}, "api_token.manage"},
    Route{Method::Get, "/organisaties/{organisation}/audit", Access::Session, "The audit trail.",
        page_route<show_audit_trail>, {}, {}, "audit_trail.read"},
    Route{Method::Get, "/organisaties/{organisation}/audit.csv", Access::Session, "Audit trail as CSV.",
        page_route<export_audit_csv>, {}, {}, "audit_trail.read"},
    Route{Method::Get, "/organisaties/{organisation}/audit.json", Access::Session, "Audit trail as JSON.",
        page_route<export_audit_json>, {}, {}, "audit_trail.read"},
    Route{Method::Get, "/organisaties/{organisation}/audit.xlsx", Access::Session, "Audit trail as XLSX.",
        page_route<export_audit_xlsx>, {}, {}, "audit_trail.read"},

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
    Route{Method::Post, "/api/v1/organisations/{organisation}/members/{user}/disable", Access::Api,
        "Disable a member: no sign-in, every session ends, API tokens refused. 409 for oneself or the last "
        "beheerder.",
        api_disable_member, {}, {}, "member.manage"},
    Route{Method::Post, "/api/v1/organisations/{organisation}/members/{user}/enable", Access::Api,
        "Enable a disabled member again.", api_enable_member, {}, {}, "member.manage"},
    Route{Method::Post, "/api/v1/organisations/{organisation}/members/{user}/password-reset", Access::Api,
        "Reset a member's password: every session ends; the one-time temporary password is in this response only.",
        api_reset_member_password, {}, password_reset_schema, "member.manage"},
    Route{Method::Delete, "/api/v1/organisations/{organisation}/members/{user}/roles/{role}", Access::Api,
        "Revoke one role of a member (409 for the last beheerder's beheerder role).", api_revoke_member_role, {}, {},
        "member.manage"},
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
};

} // namespace

std::span<Route const> organisation_routes() { return routes; }

} // namespace bolwerk::web
