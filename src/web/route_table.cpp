#include "web/route_table.hpp"

#include "web/assessment/assessment_routes.hpp"
#include "web/catalog/catalog_routes.hpp"
#include "web/evidence/evidence_routes.hpp"
#include "web/health_routes.hpp"
#include "web/home/home_routes.hpp"
#include "web/identity/identity_routes.hpp"
#include "web/incident/incident_routes.hpp"
#include "web/openapi.hpp"
#include "web/organisation/organisation_routes.hpp"
#include "web/risk/risk_routes.hpp"
#include "web/supplier/supplier_routes.hpp"
#include "web/vvt/vvt_routes.hpp"

#include <array>
#include <vector>

namespace bolwerk::web {

namespace {

// The routes of no feature: health checks and the OpenAPI document of all the others.
constexpr std::array own_routes{
    Route{Method::Get, "/healthz", Access::Public, "Liveness: the process answers.", handle_healthz},
    Route{Method::Get, "/readyz", Access::Public, "Readiness: the database answers.", handle_readyz},
    Route{Method::Get, "/api/v1/openapi.json", Access::Public, "This OpenAPI document.", api_openapi},
};

std::vector<Route> joined_routes()
{
    std::vector<Route> routes(own_routes.begin(), own_routes.end());
    for (auto const feature :
        {home_routes(), identity_routes(), organisation_routes(), risk_routes(), assessment_routes(), catalog_routes(),
            evidence_routes(), vvt_routes(), supplier_routes(), incident_routes()})
        routes.insert(routes.end(), feature.begin(), feature.end());
    return routes;
}

} // namespace

std::span<Route const> route_table()
{
    static std::vector<Route> const routes = joined_routes();
    return routes;
}

} // namespace bolwerk::web
