#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// Sign-in, second factor, sign-out and the language switch (browser routes).
Response show_login(RequestContext& context);
Result<Response> submit_login(RequestContext& context);
Response show_code(RequestContext& context);
Result<Response> submit_code(RequestContext& context);
Result<Response> submit_logout(RequestContext& context);
Result<Response> submit_logout_everywhere(RequestContext& context);
Response switch_language(RequestContext& context);

} // namespace bolwerk::web
