#pragma once

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The signed-in user's own account: details, password, TOTP enrolment.
Response show_account(RequestContext& context);
Response submit_password(RequestContext& context);
Response show_mfa_enrolment(RequestContext& context);
Response submit_mfa_enrolment(RequestContext& context);

} // namespace bolwerk::web
