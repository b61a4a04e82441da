#pragma once

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// Pages of one organisation: settings, users and roles, the audit trail and its export.
Response switch_organisation(RequestContext& context);
Response show_organisation(RequestContext& context);
Response submit_organisation(RequestContext& context);
Response show_members(RequestContext& context);
Response submit_member(RequestContext& context);
/// Grants or revokes one role of a user (form field action = grant | revoke).
Response submit_role(RequestContext& context);
Response show_audit_trail(RequestContext& context);
Response export_audit_csv(RequestContext& context);
Response export_audit_json(RequestContext& context);

} // namespace bolwerk::web
