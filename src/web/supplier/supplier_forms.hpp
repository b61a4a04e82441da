#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The supplier forms (issue #14): register and change a supplier (KvK number and
/// country checked, contacts), add a service linked to systems of the register. On an
/// invalid field the form again with the message beside it and in the summary, the
/// input kept; a stale version answers 409 with the input kept.
Result<Response> show_supplier_form(RequestContext& context);
Result<Response> submit_supplier(RequestContext& context);
Result<Response> show_supplier_edit_form(RequestContext& context);
Result<Response> submit_supplier_edit(RequestContext& context);
Result<Response> show_service_form(RequestContext& context);
Result<Response> submit_service(RequestContext& context);

} // namespace bolwerk::web
