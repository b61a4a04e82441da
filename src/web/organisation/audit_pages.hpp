#pragma once

#include "common/result.hpp"
#include "web/http/http.hpp"

namespace bolwerk::web {

struct RequestContext;

/// The audit trail of one organisation for people (issue #13 item 5): newest first,
/// filtered by the query string (see read_audit_filters), and its exports with the
/// same filters. Needs AuditTrailRead (BIO2 8.15).
Result<Response> show_audit_trail(RequestContext& context);
Result<Response> export_audit_csv(RequestContext& context);
Result<Response> export_audit_json(RequestContext& context);
Result<Response> export_audit_xlsx(RequestContext& context);

} // namespace bolwerk::web
