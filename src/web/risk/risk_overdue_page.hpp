#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// Risks whose review date has passed (issue 6).
Result<Response> show_overdue_reviews(RequestContext& context);

} // namespace bolwerk::web
