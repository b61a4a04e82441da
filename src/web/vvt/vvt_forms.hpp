#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The VvT forms (issue #5): scope, freeze, approve, publish and unpublish.

Result<Response> show_vvt_scope_form(RequestContext& context);
Result<Response> submit_vvt_scope(RequestContext& context);
Response submit_vvt_freeze(RequestContext& context);
Response submit_vvt_approve(RequestContext& context);
Response submit_vvt_publish(RequestContext& context);
Response submit_vvt_unpublish(RequestContext& context);
Response submit_vvt_publication_setting(RequestContext& context);

} // namespace bolwerk::web
