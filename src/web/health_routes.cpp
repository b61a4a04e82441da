#include "web/health_routes.hpp"

#include "app/health.hpp"
#include "web/request_context.hpp"

namespace bolwerk::web {

Response handle_healthz(RequestContext& /*context*/) { return Response::text(200, "ok\n"); }

Response handle_readyz(RequestContext& context)
{
    // Ready means the database answers: a load balancer then sends traffic here.
    if (!app::check_database(context.services.database))
        return Response::text(503, "database unavailable\n");
    return Response::text(200, "ready\n");
}

} // namespace bolwerk::web
