#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

// One member of an organisation (issue #13 item 8): the page with their name, e-mail
// address, roles, MFA, disabled state and last sign-in, and the beheerder's actions on
// them. Each action is a POST with CSRF whose button names what it does and to whom;
// a refusal (the last beheerder, one's own account) is shown on the member page.
Result<Response> show_member(RequestContext& context);
Result<Response> submit_member_disable(RequestContext& context);
Result<Response> submit_member_enable(RequestContext& context);
/// Revokes the role in form field `role`.
Result<Response> submit_member_revoke_role(RequestContext& context);
/// Answers the member page with the temporary password, once (Cache-Control: no-store).
Result<Response> submit_member_password_reset(RequestContext& context);

} // namespace bolwerk::web
