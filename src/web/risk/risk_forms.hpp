#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The risk forms (issue 6): register a risk and accept a residual risk.

Result<Response> show_risk_form(RequestContext& context);
/// Post/redirect/get: on success to the register; on an invalid field the form again
/// with the message beside that field and the input kept.
Result<Response> submit_risk(RequestContext& context);
/// The acceptance form; `?risico=N` preselects a risk.
Result<Response> show_accept_form(RequestContext& context);
Result<Response> submit_accept(RequestContext& context);

} // namespace bolwerk::web
