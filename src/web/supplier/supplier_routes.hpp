#pragma once

#include "web/http/route.hpp"

#include <nlohmann/json_fwd.hpp>

#include <span>

namespace bolwerk::web {

/// The supplier register's pages and API (issue #14).
std::span<Route const> supplier_routes();
/// The schemas the supplier API's OpenAPI entries name.
void add_supplier_openapi_schemas(nlohmann::json& schemas);

} // namespace bolwerk::web
