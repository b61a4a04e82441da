#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The history of an organisation's gap analysis in the browser (issue #13 item 8).
/// Every handler authorises through the AssessmentService use case it calls (reading:
/// AssessmentRead; freezing and the scale: AssessmentFreeze) before it reads input.
/// `/organisaties/{o}/momentopnamen`: the snapshots, and the form to freeze one.
Result<Response> show_snapshots(RequestContext& context);
Result<Response> submit_snapshot(RequestContext& context);
/// `/organisaties/{o}/momentopnamen/vergelijken?van=…&naar=…`: two snapshots, or a
/// snapshot and the current state (naar empty), compared field by field.
Result<Response> show_snapshot_compare(RequestContext& context);
/// `/organisaties/{o}/volwassenheidsschaal`: the maturity scale, and the form to change it.
Result<Response> show_maturity_scale(RequestContext& context);
Result<Response> submit_maturity_scale(RequestContext& context);

} // namespace bolwerk::web
