#pragma once

#include <string>

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// Evidence pages of one organisation (issue #5): the list with expiry status and
/// filters, the forms to add a file, a link or a note, the detail page with versions
/// and what the item supports, and the download. Every handler authorises before it
/// reads input, then calls one EvidenceService use case.
Response show_evidence(RequestContext& context);
/// `?soort=bestand|link|notitie` chooses the form (a file by default).
Response show_evidence_form(RequestContext& context);
/// Post/redirect/get: to the new item; on an invalid field the form again with an
/// error summary and the message beside the field.
Response submit_evidence(RequestContext& context);
Response show_evidence_item(RequestContext& context);
Response submit_evidence_version(RequestContext& context);
Response submit_evidence_link(RequestContext& context);
Response submit_evidence_unlink(RequestContext& context);
/// The file of the current version (or `?versie=N`), always as an attachment with
/// nosniff and a sandboxing CSP: stored HTML or SVG can never run in Bolwerk's origin.
Response download_evidence(RequestContext& context);

/// The JSON API: list (filters target, aspect, expiring), one item, upload
/// (multipart/form-data; or JSON for a link or note) and the file content.
Response api_list_evidence(RequestContext& context);
Response api_get_evidence(RequestContext& context);
Response api_upload_evidence(RequestContext& context);
Response api_evidence_content(RequestContext& context);

} // namespace bolwerk::web
