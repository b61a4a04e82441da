#pragma once

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// For the board (issue 6): the top risks by residual score, acceptances waiting and
/// expiring.
Response show_risk_board(RequestContext& context);

} // namespace bolwerk::web
