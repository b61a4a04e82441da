#include "web/http/problem.hpp"

#include "common/json_text.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::web {

unsigned status_for(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid: return 400;
    case ErrorKind::NotFound: return 404;
    case ErrorKind::Forbidden: return 403;
    case ErrorKind::Conflict: return 409;
    case ErrorKind::Unavailable: return 503;
    case ErrorKind::Internal: return 500;
    }
    return 500;
}

namespace {

std::string_view title_for(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid: return "Invalid input";
    case ErrorKind::NotFound: return "Not found";
    case ErrorKind::Forbidden: return "Forbidden";
    case ErrorKind::Conflict: return "Conflict";
    case ErrorKind::Unavailable: return "Service unavailable";
    case ErrorKind::Internal: return "Internal error";
    }
    return "Internal error";
}

// Internal and infrastructure details (a database URL, the driver's own message) stay
// in the server's log; the client gets a generic text (issue #10 item 14).
std::string public_detail(Error const& error)
{
    switch (error.kind()) {
    case ErrorKind::Internal: return "internal error";
    case ErrorKind::Unavailable: return "the service is temporarily unavailable; try again shortly";
    default: return error.message();
    }
}

} // namespace

Response problem_response(unsigned status, std::string_view title, std::string_view detail)
{
    nlohmann::json body{{"type", "about:blank"}, {"title", title}, {"status", status}, {"detail", detail}};
    return Response::text(status, json_text(body), "application/problem+json");
}

Response problem_response(Error const& error)
{
    auto const status = status_for(error.kind());
    auto const detail = public_detail(error);
    nlohmann::json body{
        {"type", "about:blank"}, {"title", title_for(error.kind())}, {"status", status}, {"detail", detail}};
    if (auto const& field = error.location().field) {
        body["field"] = *field;
        body["errors"] = nlohmann::json::array({{{"pointer", "/" + *field}, {"detail", detail}}});
    }
    auto response = Response::text(status, json_text(body), "application/problem+json");
    if (detail != error.message())
        response.log_detail = error.message();
    return response;
}

} // namespace bolwerk::web
