#pragma once

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The JSON API under /api/v1 (handlers; the routes and their descriptions are in
/// route_table.cpp). Errors are RFC 9457 problem+json.
Response api_openapi(RequestContext& context);
Response api_list_organisations(RequestContext& context);
Response api_get_organisation(RequestContext& context);
Response api_patch_organisation(RequestContext& context);
Response api_list_members(RequestContext& context);
Response api_list_audit_events(RequestContext& context);
Response api_list_tokens(RequestContext& context);
Response api_create_token(RequestContext& context);
Response api_revoke_token(RequestContext& context);

} // namespace bolwerk::web
