#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// Risks imported from CSV pasted into a textarea (issue 6).
Result<Response> show_risk_import(RequestContext& context);
/// All or nothing unless "skip_bad_rows" is ticked.
Result<Response> submit_risk_import(RequestContext& context);

} // namespace bolwerk::web
