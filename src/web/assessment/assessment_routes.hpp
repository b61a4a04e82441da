#pragma once

#include "web/http/route.hpp"

#include <span>

namespace bolwerk::web {

/// The gap analysis (issue #5): dashboard, gap list, controls and measures, and its JSON API.
/// Each route carries its summary, permission and OpenAPI schemas.
std::span<Route const> assessment_routes();

} // namespace bolwerk::web
