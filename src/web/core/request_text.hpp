#pragma once

#include "common/error.hpp"
#include "web/http/http.hpp"
#include "web/http/multipart.hpp"
#include "web/http/multipart_text.hpp"

#include <optional>
#include <vector>

namespace bolwerk::web {

struct RequestContext;

/// The first text of a request that is not UTF-8 (common/utf8.hpp), as an Invalid
/// error naming it in `field`: a path parameter, a query parameter, or, in a form or
/// multipart body, a field's name or value or a file's name (file contents are bytes
/// and stay unchecked). Bodies of other types are left to their readers (JSON and CSV
/// readers check UTF-8 themselves). Issue #10 item 7: `%FF%FE` in a form field ended
/// in nlohmann's type_error.316 and a 500 where the text was first written as JSON.
std::optional<Error> find_invalid_text(RequestContext& context);

/// The 400 for find_invalid_text(): a problem+json for the API, a page otherwise,
/// naming the field. Nullopt when every text is UTF-8. The middleware calls it once
/// per request, after authentication and before the handler, so no handler ever sees
/// text that is not UTF-8.
std::optional<Response> refuse_invalid_text(RequestContext& context);

} // namespace bolwerk::web
