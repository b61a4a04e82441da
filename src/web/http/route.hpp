#pragma once

#include "web/http/router.hpp"

#include <span>
#include <string_view>

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// Who may reach a route before the app layer decides (the app layer authorises
/// every use case; this only says which credentials the edge accepts).
enum class Access : std::uint8_t {
    Public, ///< Anyone (health checks, the login page, static files).
    /// Anyone, but a POST must carry the sign-in form's double-submit CSRF token.
    PublicForm,
    /// A signed-in session that has passed MFA; a POST needs the session's CSRF token.
    Session,
    /// A signed-in session at any stage (second factor, MFA enrolment, sign-out).
    SessionAnyStage,
    /// An API token (Authorization: Bearer) or a complete session whose unsafe
    /// requests carry the X-CSRF-Token header.
    Api,
};

/// What a route takes and gives beyond a form or JSON: it drives the body limit and
/// the OpenAPI media types.
enum class Payload : std::uint8_t {
    Standard, ///< A form or JSON body within the server's default limit.
    Upload, ///< A multipart/form-data body up to the upload limit (WebConfig).
    Download, ///< The answer is a file (application/octet-stream in OpenAPI).
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
    /// The permission the use case behind the route checks (for the OpenAPI document and
    /// the authorisation matrix test; the app layer enforces it).
    std::string_view permission = {};
    Payload payload = Payload::Standard;
    /// The media type of the request body (OpenAPI); empty means application/json.
    std::string_view request_media_type = {};
};

} // namespace bolwerk::web
