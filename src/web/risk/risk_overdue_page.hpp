#pragma once

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// Risks whose review date has passed (issue 6).
Response show_overdue_reviews(RequestContext& context);

} // namespace bolwerk::web
