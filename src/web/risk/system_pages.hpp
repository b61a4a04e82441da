#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The information systems register with the inherited BIV classification (issue 6).
Result<Response> show_systems(RequestContext& context);
Result<Response> show_system_form(RequestContext& context);
Result<Response> submit_system(RequestContext& context);
/// A system with its dependencies both ways, the inherited classification and its risks.
Result<Response> show_system(RequestContext& context);

} // namespace bolwerk::web
