#pragma once

#include "common/result.hpp"
#include "web/http/http.hpp"

namespace bolwerk::web {

struct RequestContext;

/// A page handler (issue #11 item 3): returns its response, or the error of the use case
/// it called, so that a failing step is one `TRY`. The route table takes it through
/// page_route, which turns the error into the error page.
using PageHandler = Result<Response> (*)(RequestContext& context);

/// What a page handler returned as the response: the response itself, or error_page
/// for its error (400, 403, 404, 409, 503 or 500; a server-side error is logged, not
/// shown). The page counterpart of the API's respond().
Response page_response(RequestContext& context, Result<Response> result);

/// A page handler as a route handler: `Route{..., page_route<show_account>}`.
template <PageHandler handler>
Response page_route(RequestContext& context)
{
    return page_response(context, handler(context));
}

} // namespace bolwerk::web
