#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

// The public page of the VvT (no sign-in): the published scope and VvT, its version,
// approval and digests, and downloads as JSON and PDF. Without implementation status
// unless the organisation chose to show it (issue #13 item 4). 404 when nothing is
// published.
Response show_public_vvt(RequestContext& context);
/// `{file}`: "vvt-N.json" or "vvt-N.pdf" of the version published now; 404 otherwise.
Result<Response> download_public_vvt(RequestContext& context);

// The same page for those who decide on publication, of the published or newest approved
// version (`?versie=N` for another approved one), under the current setting: exactly what
// is or would be public, with the same downloads.
Response show_public_vvt_preview(RequestContext& context);
Result<Response> download_public_vvt_preview(RequestContext& context);

} // namespace bolwerk::web
