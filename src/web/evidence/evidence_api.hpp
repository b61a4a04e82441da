#pragma once

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The evidence JSON API (issue #5): list, one item, upload (multipart or JSON), content.

/// The JSON API: list (filters target, aspect, expiring), one item, upload
/// (multipart/form-data; or JSON for a link or note) and the file content.
Response api_list_evidence(RequestContext& context);
Response api_get_evidence(RequestContext& context);
Response api_upload_evidence(RequestContext& context);
Response api_evidence_content(RequestContext& context);

} // namespace bolwerk::web
