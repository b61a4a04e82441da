#pragma once

namespace bolwerk::web {

struct RequestContext;
struct Response;

Response api_list_organisations(RequestContext& context);
Response api_get_organisation(RequestContext& context);
Response api_patch_organisation(RequestContext& context);
Response api_list_members(RequestContext& context);
Response api_list_audit_events(RequestContext& context);
Response api_list_tokens(RequestContext& context);
Response api_create_token(RequestContext& context);
Response api_revoke_token(RequestContext& context);

} // namespace bolwerk::web
