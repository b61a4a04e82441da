#pragma once

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The supplier register over the JSON API (issue #14): the register and one supplier
/// with its services, chains, contracts (with the gate's findings) and reports.
Response api_list_suppliers(RequestContext& context);
Response api_get_supplier(RequestContext& context);

} // namespace bolwerk::web
