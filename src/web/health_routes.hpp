#pragma once

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// GET /healthz: the process is alive (no dependencies checked).
Response handle_healthz(RequestContext& context);
/// GET /readyz: the process can serve requests (the database answers, no stop under way).
Response handle_readyz(RequestContext& context);

} // namespace bolwerk::web
