#pragma once

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The JSON API of the gap analysis under /api/v1/organisations/{organisation}/assessment
/// (issue #5; the routes are in route_table.cpp). The HTML pages are elsewhere.
Response api_get_assessment(RequestContext& context);
Response api_put_assessment_control(RequestContext& context);
Response api_put_assessment_measure(RequestContext& context);
Response api_list_assessment_snapshots(RequestContext& context);
Response api_create_assessment_snapshot(RequestContext& context);
Response api_compare_assessment(RequestContext& context);

} // namespace bolwerk::web
