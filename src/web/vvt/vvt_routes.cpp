#include "web/vvt/vvt_routes.hpp"

#include "web/core/api_support.hpp"
#include "web/core/handler.hpp"
#include "web/http/route.hpp"
#include "web/vvt/public_vvt_page.hpp"
#include "web/vvt/vvt_api.hpp"
#include "web/vvt/vvt_forms.hpp"
#include "web/vvt/vvt_pages.hpp"

#include <array>

namespace bolwerk::web {

namespace {

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
  "show_implementation":{"type":"boolean","description":"Whether the public page shows implementation status"},
  "published_version":{"type":["integer","null"]},"history":{"type":"array"}}})json";

constexpr std::string_view vvt_publication_request_schema = R"json({"type":"object","required":["enabled"],
  "properties":{"enabled":{"type":"boolean"},"show_implementation":{"type":"boolean",
  "description":"Show implementation status on the public page (default false: applicability and justification only); absent keeps the current choice"}}})json";

constexpr std::string_view vvt_document_schema
    = R"json({"type":"object","description":"The VvT in the bolwerk-vvt/1 shape (docs/vvt.md)"})json";

// Dutch paths for the pages (the UI is Dutch first); the API is in English. The first
// match wins, so a literal segment comes before a `{parameter}` in the same place.
constexpr std::array routes{
    Route{Method::Get, "/organisaties/{organisation}/vvt", Access::Session,
        "The VvT: preview, versions, exports and publication.", show_vvt, {}, {}, "assessment.read"},
    Route{Method::Get, "/organisaties/{organisation}/vvt/export/{format}", Access::Session,
        "The VvT preview as xlsx, pdf, csv, json or oscal-ssp.", export_vvt_preview, {}, {}, "assessment.read"},
    Route{Method::Get, "/organisaties/{organisation}/vvt/reikwijdte", Access::Session, "Form to edit the ISMS scope.",
        page_route<show_vvt_scope_form>, {}, {}, "vvt.manage"},
    Route{Method::Post, "/organisaties/{organisation}/vvt/reikwijdte", Access::Session, "Store the ISMS scope.",
        page_route<submit_vvt_scope>, {}, {}, "vvt.manage"},
    Route{Method::Post, "/organisaties/{organisation}/vvt/versies", Access::Session,
        "Freeze the VvT as the next numbered version.", submit_vvt_freeze, {}, {}, "vvt.manage"},
    Route{Method::Get, "/organisaties/{organisation}/vvt/versies/{version}", Access::Session,
        "A VvT version with its diff against the previous one.", show_vvt_version, {}, {}, "assessment.read"},
    Route{Method::Get, "/organisaties/{organisation}/vvt/versies/{version}/export/{format}", Access::Session,
        "A VvT version as xlsx, pdf, csv, json or oscal-ssp.", page_route<export_vvt_version>, {}, {},
        "assessment.read"},
    Route{Method::Post, "/organisaties/{organisation}/vvt/versies/{version}/vaststellen", Access::Session,
        "Approve a VvT version (bestuurder).", submit_vvt_approve, {}, {}, "vvt.approve"},
    Route{Method::Post, "/organisaties/{organisation}/vvt/versies/{version}/publiceren", Access::Session,
        "Publish an approved VvT version.", submit_vvt_publish, {}, {}, "vvt.publish"},
    Route{Method::Post, "/organisaties/{organisation}/vvt/intrekken", Access::Session,
        "Take the published VvT off the public page.", submit_vvt_unpublish, {}, {}, "vvt.publish"},
    Route{Method::Post, "/organisaties/{organisation}/vvt/publicatie", Access::Session,
        "Switch the publication of the VvT on or off.", submit_vvt_publication_setting, {}, {}, "vvt.publish"},
    Route{Method::Get, "/organisaties/{organisation}/vvt/openbaar-voorbeeld", Access::Session,
        "Preview of the public page: exactly what is or would be public (?versie=N).", show_public_vvt_preview, {}, {},
        "assessment.read"},
    Route{Method::Get, "/organisaties/{organisation}/vvt/openbaar-voorbeeld/{file}", Access::Session,
        "The public documents (vvt-N.json, vvt-N.pdf) of the preview.", page_route<download_public_vvt_preview>, {}, {},
        "assessment.read"},
    Route{Method::Get, "/openbaar/{publisher}/vvt", Access::Public,
        "Public page: the published ISMS scope and VvT (no sign-in).", show_public_vvt},
    Route{Method::Get, "/openbaar/{publisher}/vvt/{file}", Access::Public,
        "Public download of the published VvT as vvt-N.json (SHA-256 on the public page) or vvt-N.pdf.",
        page_route<download_public_vvt>},

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

std::span<Route const> vvt_routes() { return routes; }

} // namespace bolwerk::web
