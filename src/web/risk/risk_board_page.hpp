#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// For the board (issue 6): the top risks by residual score, acceptances waiting and
/// expiring.
Result<Response> show_risk_board(RequestContext& context);

} // namespace bolwerk::web
