#pragma once

#include "web/http/route.hpp"

#include <span>

namespace bolwerk::web {

/// The VvT (issue #5): preview, scope, versions, approval, publication, the public page, and
/// the VvT JSON API.
/// Each route carries its summary, permission and OpenAPI schemas.
std::span<Route const> vvt_routes();

} // namespace bolwerk::web
