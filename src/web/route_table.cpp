#include "web/health_routes.hpp"
#include "web/http.hpp"
#include "web/route.hpp"

#include <array>

namespace bolwerk::web {

namespace {

constexpr std::array routes{
    Route{Method::Get, "/healthz", Access::Public, "Liveness: the process answers.", handle_healthz},
    Route{Method::Get, "/readyz", Access::Public, "Readiness: the database answers.", handle_readyz},
};

} // namespace

std::span<Route const> route_table() { return routes; }

} // namespace bolwerk::web
