#pragma once

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The VvT JSON API (issue #5) under /api/v1/organisations/{organisation}/vvt: scope,
/// versions, approval, publication and exports.

Response api_vvt_preview(RequestContext& context);
Response api_vvt_get_scope(RequestContext& context);
Response api_vvt_put_scope(RequestContext& context);
Response api_vvt_list_versions(RequestContext& context);
Response api_vvt_freeze(RequestContext& context);
Response api_vvt_get_version(RequestContext& context);
Response api_vvt_approve(RequestContext& context);
Response api_vvt_publish(RequestContext& context);
Response api_vvt_get_publication(RequestContext& context);
Response api_vvt_put_publication(RequestContext& context);
Response api_vvt_unpublish(RequestContext& context);
Response api_vvt_export(RequestContext& context);

} // namespace bolwerk::web
