#pragma once

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The information systems register with the inherited BIV classification (issue 6).
Response show_systems(RequestContext& context);
Response show_system_form(RequestContext& context);
Response submit_system(RequestContext& context);
/// A system with its dependencies both ways, the inherited classification and its risks.
Response show_system(RequestContext& context);

} // namespace bolwerk::web
