#pragma once

#include "web/http/route.hpp"

#include <nlohmann/json.hpp>

#include <span>

namespace bolwerk::web {

/// Risk management (issue 6): the register, forms, detail, board, reviews, import, information
/// systems, methodology and risk analyses, and the risk JSON API.
/// Each route carries its summary, permission and OpenAPI schemas.
std::span<Route const> risk_routes();

/// Adds the shapes the risk routes refer to (Score, Cia, HeatMap) to the OpenAPI
/// document's components.schemas.
void add_risk_openapi_schemas(nlohmann::json& schemas);

} // namespace bolwerk::web
