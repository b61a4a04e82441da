#pragma once

#include "common/result.hpp"
#include "web/http/http.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bolwerk::web {

struct RequestContext;

/// Helpers the JSON API handlers share (api_routes.cpp, risk_api.cpp).
Response json_response(unsigned status, nlohmann::json const& body);
/// A query parameter as a number in [minimum, maximum]; Invalid naming it otherwise.
Result<std::int64_t> query_number(RequestContext const& context, std::string_view name, std::int64_t fallback,
    std::int64_t minimum, std::int64_t maximum);
/// The request body as a JSON object; Invalid otherwise.
Result<nlohmann::json> json_body(RequestContext const& context);
/// A string member of `body`, if present; Invalid naming the field when it has another type.
Result<std::optional<std::string>> string_member(nlohmann::json const& body, std::string const& name);
/// The ETag of a row version ("v3") and the version an If-Match header names.
std::string etag_for(std::int64_t version);
Result<std::int64_t> if_match_version(RequestContext const& context);
/// The OpenAPI schema of a list answered in pages (items and the next page's URL).
inline constexpr std::string_view page_schema = R"({"type":"object","properties":{"items":{"type":"array"},
  "next":{"type":"string","description":"URL of the next page; absent on the last page"}}})";

/// Turns a use case's result into the response, errors as problem+json.
Response respond(Result<Response> result);

} // namespace bolwerk::web
