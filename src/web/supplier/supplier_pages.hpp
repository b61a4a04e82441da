#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The supplier register (issue #14; BIO2 5.22.02): a table with criticality, contract
/// status and assurance status, filtered by ?criticaliteit=, ?contract=, ?assurance=, ?q=.
Result<Response> show_suppliers(RequestContext& context);
/// One supplier: services with their linked systems and chains, contracts with what the
/// gate misses, assurance reports.
Result<Response> show_supplier(RequestContext& context);
/// The concentration view (BIO2 5.21.05): parties behind several services or suppliers.
Result<Response> show_concentration(RequestContext& context);

} // namespace bolwerk::web
