#pragma once

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The incident JSON API (issue #15): the register with clocks, one incident with its
/// timeline and reports, and the meldloket as a POST.
Response api_list_incidents(RequestContext& context);
Response api_get_incident(RequestContext& context);
Response api_report_incident(RequestContext& context);

} // namespace bolwerk::web
