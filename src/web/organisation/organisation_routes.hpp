#pragma once

#include "web/http/route.hpp"

#include <span>

namespace bolwerk::web {

/// Organisation settings, users and roles, the audit trail, and their JSON API with API tokens.
/// Each route carries its summary, permission and OpenAPI schemas.
std::span<Route const> organisation_routes();

} // namespace bolwerk::web
