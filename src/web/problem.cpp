#include "web/problem.hpp"

#include "common/json_text.hpp"
#include "web/page.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::web {

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

} // namespace

Response problem_response(unsigned status, std::string_view title, std::string_view detail)
{
    nlohmann::json body{{"type", "about:blank"}, {"title", title}, {"status", status}, {"detail", detail}};
    return Response::text(status, json_text(body), "application/problem+json");
}

Response problem_response(Error const& error)
{
    auto const status = status_for(error.kind());
    // Internal details stay in the server; the client gets a generic text.
    auto const detail = error.kind() == ErrorKind::Internal ? std::string("internal error") : error.message();
    nlohmann::json body{
        {"type", "about:blank"}, {"title", title_for(error.kind())}, {"status", status}, {"detail", detail}};
    if (auto const& field = error.location().field) {
        body["field"] = *field;
        body["errors"] = nlohmann::json::array({{{"pointer", "/" + *field}, {"detail", detail}}});
    }
    return Response::text(status, json_text(body), "application/problem+json");
}

} // namespace bolwerk::web
