#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The risk forms (issue 6, #13): register, change and accept a risk.

Result<Response> show_risk_form(RequestContext& context);
/// Post/redirect/get: on success to the new risk's page; on an invalid field the form
/// again with the message beside that field and the input kept.
Result<Response> submit_risk(RequestContext& context);
/// The form prefilled with the stored risk and the version it was loaded at.
Result<Response> show_risk_edit_form(RequestContext& context);
/// Saves through RiskService::update_risk (the API's use case). A stale version
/// answers 409 with the form again, the input kept and "someone else changed it".
Result<Response> submit_risk_edit(RequestContext& context);
/// The acceptance form; `?risico=N` preselects a risk.
Result<Response> show_accept_form(RequestContext& context);
Result<Response> submit_accept(RequestContext& context);

} // namespace bolwerk::web
