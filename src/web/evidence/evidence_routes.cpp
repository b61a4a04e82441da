#include "web/evidence/evidence_routes.hpp"

#include "web/core/handler.hpp"
#include "web/evidence/evidence_api.hpp"
#include "web/evidence/evidence_forms.hpp"
#include "web/evidence/evidence_pages.hpp"
#include "web/http/route.hpp"

#include <array>

namespace bolwerk::web {

namespace {

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

// Dutch paths for the pages (the UI is Dutch first); the API is in English. The first
// match wins, so a literal segment comes before a `{parameter}` in the same place.
constexpr std::array routes{
    Route{Method::Get, "/organisaties/{organisation}/bewijs", Access::Session,
        "Evidence with expiry status (?doel=5.17.01, ?aspect=opzet, ?verloopt=1).", page_route<show_evidence>, {}, {},
        "evidence.read"},
    Route{Method::Get, "/organisaties/{organisation}/bewijs/nieuw", Access::Session,
        "Form to add a file, link or note as evidence (?soort=bestand|link|notitie).", page_route<show_evidence_form>,
        {}, {}, "evidence.write"},
    Route{Method::Post, "/organisaties/{organisation}/bewijs", Access::Session,
        "Add evidence: a file (multipart/form-data), a link or a note.", page_route<submit_evidence>, {}, {},
        "evidence.write", Payload::Upload},
    Route{Method::Get, "/organisaties/{organisation}/bewijs/{item}", Access::Session,
        "One evidence item with its versions and what it supports.", page_route<show_evidence_item>, {}, {},
        "evidence.read"},
    Route{Method::Get, "/organisaties/{organisation}/bewijs/{item}/inhoud", Access::Session,
        "Download the file of an evidence item (?versie=N), always as an attachment.", page_route<download_evidence>,
        {}, {}, "evidence.read", Payload::Download},
    Route{Method::Post, "/organisaties/{organisation}/bewijs/{item}/versies", Access::Session,
        "Upload a new version of an evidence file; earlier versions stay.", page_route<submit_evidence_version>, {}, {},
        "evidence.write", Payload::Upload},
    Route{Method::Post, "/organisaties/{organisation}/bewijs/{item}/koppelingen", Access::Session,
        "Link evidence to a measure, control or risk (and aspect).", page_route<submit_evidence_link>, {}, {},
        "evidence.write"},
    Route{Method::Post, "/organisaties/{organisation}/bewijs/{item}/koppelingen/verwijderen", Access::Session,
        "Remove a link between evidence and a target.", page_route<submit_evidence_unlink>, {}, {}, "evidence.write"},

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
};

} // namespace

std::span<Route const> evidence_routes() { return routes; }

} // namespace bolwerk::web
