#pragma once

#include "common/result.hpp"

#include "app/authorisation.hpp"
#include "app/vvt/vvt_service.hpp"

#include <nlohmann/json_fwd.hpp>

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// A VvtService for one request, sharing the built-in catalog index of
/// Services::catalogs (loaded once at start-up; immutable, safe for concurrent requests).
Result<app::VvtService*> vvt_service(RequestContext const& context);
/// The permission behind reading the VvT inside the organisation.
extern app::Permission const vvt_read_permission;
/// The `{version}` path parameter; NotFound when it is not a positive number.
Result<std::int64_t> vvt_version_parameter(RequestContext const& context);
/// A version summary as the API and the pages show it.
nlohmann::json vvt_summary_json(app::VvtVersionSummary const& summary);
/// "7 december 2026 14:05 CET": Dutch local time, in the page's language.
std::string vvt_display_time(RequestContext const& context, Timestamp time);
/// The scope, controls and bijlage of `statement` as template data; `implementation`
/// adds the implementation columns (the public page leaves them out unless chosen).
nlohmann::json vvt_statement_view(
    RequestContext const& context, domain::vvt::StatementOfApplicability const& statement, bool implementation);
/// Renders that data into data["statement_html"].
Result<void> add_vvt_statement_html(RequestContext const& context, nlohmann::json& data);

// The VvT pages of one organisation (issue #5): the preview with versions, exports
// and publication; the ISMS scope form; a version with its diff and the approve and
// publish buttons. Forms post with the session's CSRF token (post/redirect/get).
Response show_vvt(RequestContext& context);
/// `{format}`: xlsx, pdf, csv, json, oscal-ssp; always as an attachment.
Response export_vvt_preview(RequestContext& context);
Result<Response> export_vvt_version(RequestContext& context);
Response show_vvt_version(RequestContext& context);

} // namespace bolwerk::web
