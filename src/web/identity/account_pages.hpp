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
/// After a password reset every page leads here until the user has chosen a new
/// password (web/application.cpp); the password policy applies as for a change.
Result<Response> show_new_password(RequestContext& context);
Result<Response> submit_new_password(RequestContext& context);

} // namespace bolwerk::web
