#pragma once

#include <nlohmann/json.hpp>

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The OpenAPI 3.1 document of /api/v1, generated from the route table: each route's
/// summary, permission and schemas are declared next to the route (STYLE.md 10.2).
nlohmann::json const& openapi_document();

/// GET /api/v1/openapi.json.
Response api_openapi(RequestContext& context);

} // namespace bolwerk::web
