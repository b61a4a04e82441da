#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The signed-in user's own account: details, password, TOTP enrolment.
Response show_account(RequestContext& context);
Result<Response> submit_password(RequestContext& context);
Result<Response> show_mfa_enrolment(RequestContext& context);
Result<Response> submit_mfa_enrolment(RequestContext& context);

} // namespace bolwerk::web
