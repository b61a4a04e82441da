#pragma once

#include "common/result.hpp"
#include "web/http/http.hpp"

namespace bolwerk::web {

struct RequestContext;

/// The home page: app::HomeService's overview rendered per organisation (the current
/// one first), each task and status figure linked to the page where it is dealt with.
Result<Response> show_home(RequestContext& context);

} // namespace bolwerk::web
