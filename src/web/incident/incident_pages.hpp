#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The incident pages of one organisation (issue #15): the register with filters and
/// clocks, the meldloket form, and the incident page that reads as a story with the
/// forms of the handlers (significance decision, report sent, timeline entry). Every
/// handler authorises before it reads input, then calls one IncidentService use case.
Result<Response> show_incidents(RequestContext& context);
Result<Response> show_incident_form(RequestContext& context);
Result<Response> submit_incident(RequestContext& context);
Result<Response> show_incident(RequestContext& context);
Result<Response> submit_incident_entry(RequestContext& context);
Result<Response> submit_incident_decision(RequestContext& context);
Result<Response> submit_incident_sent(RequestContext& context);

} // namespace bolwerk::web
