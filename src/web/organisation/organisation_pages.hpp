#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// Pages of one organisation: settings, users and roles, the audit trail and its export.
Result<Response> switch_organisation(RequestContext& context);
Result<Response> show_organisation(RequestContext& context);
Result<Response> submit_organisation(RequestContext& context);
Result<Response> show_members(RequestContext& context);
Result<Response> submit_member(RequestContext& context);
/// Grants or revokes one role of a user (form field action = grant | revoke).
Result<Response> submit_role(RequestContext& context);
Result<Response> show_audit_trail(RequestContext& context);
Result<Response> export_audit_csv(RequestContext& context);
Result<Response> export_audit_json(RequestContext& context);

} // namespace bolwerk::web
