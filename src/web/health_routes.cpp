#include "web/health_routes.hpp"

#include "app/health.hpp"
#include "web/core/request_context.hpp"

namespace bolwerk::web {

Response handle_healthz(RequestContext& /*context*/) { return Response::text(200, "ok\n"); }

Response handle_readyz(RequestContext& context)
{
    // Ready means the database answers and no stop is under way: a load balancer then
    // sends traffic here. While the server drains it stops sending (issue #10 item 11).
    if (context.services.draining)
        return Response::text(503, "stopping\n");
    if (auto const checked = context.services.app->check_database(); !checked) {
        auto response = Response::text(503, "database unavailable\n");
        response.log_detail = checked.error().message();
        return response;
    }
    return Response::text(200, "ready\n");
}

} // namespace bolwerk::web
