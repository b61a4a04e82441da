#pragma once

#include "common/error.hpp"
#include "web/http/http.hpp"

#include <string_view>

namespace bolwerk::web {

/// An RFC 9457 problem+json response for an API error: type, title, status, detail,
/// and `field` (with `errors[].pointer`) naming the input that was wrong.
/// The HTTP status for an error kind: 400, 403, 404, 409, 503 or 500.
unsigned status_for(ErrorKind kind);

Response problem_response(Error const& error);
Response problem_response(unsigned status, std::string_view title, std::string_view detail);

} // namespace bolwerk::web
