#pragma once

#include "web/http/route.hpp"

#include <span>

namespace bolwerk::web {

/// Incidents under the Cbw (issue #15): the register, the meldloket, the incident page
/// with the handlers' forms, and the incident JSON API. Each route carries its summary,
/// permission and OpenAPI schemas.
std::span<Route const> incident_routes();

} // namespace bolwerk::web
