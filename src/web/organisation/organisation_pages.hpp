#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// Pages of one organisation: settings, users and roles (the audit trail: audit_pages.hpp).
Result<Response> switch_organisation(RequestContext& context);
Result<Response> show_organisation(RequestContext& context);
Result<Response> submit_organisation(RequestContext& context);
/// A new organisation, by an installation administrator (issue #13 item 8); lands on
/// the new organisation's settings page.
Result<Response> show_new_organisation(RequestContext& context);
Result<Response> submit_new_organisation(RequestContext& context);
Result<Response> show_members(RequestContext& context);
Result<Response> submit_member(RequestContext& context);
/// Grants or revokes one role of a user (form field action = grant | revoke).
Result<Response> submit_role(RequestContext& context);

} // namespace bolwerk::web
