#pragma once

namespace bolwerk::web {

struct RequestContext;
struct Response;

// The JSON API for what a beheerder does to one member (issue #13 item 8); the same
// use cases as the member page (member_pages.hpp).
Response api_disable_member(RequestContext& context);
Response api_enable_member(RequestContext& context);
/// 200 with the temporary password, once (Cache-Control: no-store).
Response api_reset_member_password(RequestContext& context);
Response api_revoke_member_role(RequestContext& context);

} // namespace bolwerk::web
