#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// One risk (issue 6): scores, measures, linked systems and controls, acceptances and
/// the history from the audit trail.
Result<Response> show_risk_detail(RequestContext& context);

} // namespace bolwerk::web
