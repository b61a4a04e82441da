#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// Quickscans and full risk analyses, and the analyses the BIO2 asks for (issue 6).
Result<Response> show_analyses(RequestContext& context);
Result<Response> submit_analysis(RequestContext& context);
Result<Response> submit_analysis_status(RequestContext& context);

} // namespace bolwerk::web
