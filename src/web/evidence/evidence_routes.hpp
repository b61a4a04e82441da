#pragma once

#include "web/http/route.hpp"

#include <span>

namespace bolwerk::web {

/// Evidence (issue #5): list, forms, detail, download, and the evidence JSON API.
/// Each route carries its summary, permission and OpenAPI schemas.
std::span<Route const> evidence_routes();

} // namespace bolwerk::web
