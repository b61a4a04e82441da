#pragma once

#include "web/router.hpp"

#include <span>
#include <string_view>

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// Who may reach a route before the app layer decides (the app layer authorises
/// every use case; this only says which credentials the edge accepts).
enum class Access : std::uint8_t {
    Public, ///< Anyone (health checks, the login page, static files).
    Session, ///< A signed-in browser session; state changes need the CSRF token.
    Api, ///< An API token (Authorization: Bearer) or a session with X-CSRF-Token.
};

/// One row of the route table, which drives dispatch and the OpenAPI document: each
/// route is described where it is declared (STYLE.md 10.2).
struct Route {
    Method method;
    std::string_view pattern; ///< "/api/v1/organisations/{organisation}"
    Access access;
    std::string_view summary; ///< One line, for OpenAPI and the route list.
    Response (*handler)(RequestContext& context);
    /// For API routes: JSON Schema texts of the request body and the response (empty: none).
    std::string_view request_schema = {};
    std::string_view response_schema = {};
};

/// The route table of the application.
std::span<Route const> route_table();

} // namespace bolwerk::web
