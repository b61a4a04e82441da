#pragma once

#include "app/evidence/evidence_service.hpp"
#include "common/result.hpp"
#include "domain/evidence/evidence.hpp"
#include "web/http/http.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace bolwerk::web {

struct RequestContext;

/// Helpers shared by the evidence pages, forms and API handlers.

/// The service with the configured file limit; cheap to make per request.
app::EvidenceService& evidence_service(RequestContext const& context);

/// The `{item}` path parameter; NotFound when it is not a positive number.
Result<EvidenceItemId> item_parameter(RequestContext const& context);

/// "/organisaties/1/bewijs"
std::string evidence_path(OrganisationId organisation);
/// "/organisaties/1/bewijs/7"
std::string evidence_item_path(OrganisationId organisation, EvidenceItemId item);

/// Targets typed in one field, separated by commas, semicolons or white space
/// ("5.17.01, 8.08.05 risk:3"); errors name `field`.
Result<std::vector<domain::EvidenceTarget>> parse_targets(std::string const& text, std::string const& field);
/// An optional aspect from a form or query value ("" means none).
Result<std::optional<domain::EvidenceAspect>> parse_optional_aspect(std::string const& text);
/// An optional date "YYYY-MM-DD" ("" means none); errors name `field`.
Result<std::optional<Date>> parse_optional_date(std::string const& text, std::string const& field);

/// The item as the templates show it, in the request's language, with its expiry
/// status on today's date.
nlohmann::json item_view(RequestContext& context, domain::EvidenceItem const& item);
/// A version as the templates show it.
nlohmann::json version_view(
    RequestContext& context, OrganisationId organisation, domain::EvidenceVersion const& version);

/// The response for a download: the bytes as an attachment, typed by the detected media
/// type (never HTML), with nosniff and `Content-Security-Policy: sandbox`.
Response download_response(app::EvidenceDownload const& download);

/// `attachment; filename="ascii"; filename*=UTF-8''percent-encoded` (RFC 6266).
std::string attachment_disposition(std::string const& file_name);

} // namespace bolwerk::web
