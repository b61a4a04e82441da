#pragma once

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// Quickscans and full risk analyses, and the analyses the BIO2 asks for (issue 6).
Response show_analyses(RequestContext& context);
Response submit_analysis(RequestContext& context);
Response submit_analysis_status(RequestContext& context);

} // namespace bolwerk::web
