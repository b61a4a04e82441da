#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The evidence forms (issue #5): add a file, link or note, a new version, links.

/// `?soort=bestand|link|notitie` chooses the form (a file by default).
Result<Response> show_evidence_form(RequestContext& context);
/// Post/redirect/get: to the new item; on an invalid field the form again with an
/// error summary and the message beside the field.
Result<Response> submit_evidence(RequestContext& context);
Result<Response> submit_evidence_version(RequestContext& context);
Result<Response> submit_evidence_link(RequestContext& context);
Result<Response> submit_evidence_unlink(RequestContext& context);

} // namespace bolwerk::web
