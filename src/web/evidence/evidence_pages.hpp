#pragma once

#include "common/result.hpp"

#include <string>

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// Evidence pages of one organisation (issue #5): the list with expiry status and
/// filters, the forms to add a file, a link or a note, the detail page with versions
/// and what the item supports, and the download. Every handler authorises before it
/// reads input, then calls one EvidenceService use case.
Result<Response> show_evidence(RequestContext& context);
Result<Response> show_evidence_item(RequestContext& context);
/// The file of the current version (or `?versie=N`), always as an attachment with
/// nosniff and a sandboxing CSP: stored HTML or SVG can never run in Bolwerk's origin.
Result<Response> download_evidence(RequestContext& context);

} // namespace bolwerk::web
