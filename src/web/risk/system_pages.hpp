#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The information systems register with the inherited BIV classification (issue 6).
Result<Response> show_systems(RequestContext& context);
Result<Response> show_system_form(RequestContext& context);
Result<Response> submit_system(RequestContext& context);
/// The form prefilled with the stored system and the version it was loaded at.
Result<Response> show_system_edit_form(RequestContext& context);
/// Saves through RiskService::update_system (dependencies checked: no system depends
/// on itself, directly or through others). A stale version answers 409 with the form
/// again, the input kept and "someone else changed it".
Result<Response> submit_system_edit(RequestContext& context);
/// A system with its dependencies both ways, the inherited classification and its risks.
Result<Response> show_system(RequestContext& context);

} // namespace bolwerk::web
