#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

// API tokens in the browser (issue #13 item 8), for the beheerder (api_token.manage):
// the list with status, a form to issue one (name, role, validity) whose secret is
// shown once on the answer page and never again, and revocation.
Result<Response> show_api_tokens(RequestContext& context);
Result<Response> submit_api_token(RequestContext& context);
Result<Response> submit_api_token_revoke(RequestContext& context);

} // namespace bolwerk::web
