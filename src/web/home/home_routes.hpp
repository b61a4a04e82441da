#pragma once

#include "web/http/route.hpp"

#include <span>

namespace bolwerk::web {

/// The home page `/` (issue #12 item 2): after sign-in, per organisation the user's
/// tasks with counts and links, and a status block.
std::span<Route const> home_routes();

} // namespace bolwerk::web
