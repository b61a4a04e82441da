#pragma once

#include "web/http/route.hpp"

#include <span>

namespace bolwerk::web {

/// The route table of the application: the features' route lists joined in one order
/// (the first match wins, so a feature orders its own routes, "/nieuw" before "/{id}").
/// Built once; the features' lists never share a path.
std::span<Route const> route_table();

} // namespace bolwerk::web
