#pragma once

#include "web/http/route.hpp"

#include <span>

namespace bolwerk::web {

/// Sign-in (password, second factor, single sign-on), sign-out, the language switch and the
/// user's own account.
/// Each route carries its summary, permission and OpenAPI schemas.
std::span<Route const> identity_routes();

} // namespace bolwerk::web
