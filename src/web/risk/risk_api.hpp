#pragma once

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The JSON API of risk management (issue 6) under /api/v1/organisations/{id}/: the
/// register with filters and optimistic concurrency (ETag / If-Match on the row
/// version, 412 when stale), treatment, acceptances, CSV import, information systems,
/// the methodology, risk analyses, the heat map and overdue reviews. Handlers are thin:
/// each calls RiskService; errors are problem+json.
Response api_list_risks(RequestContext& context);
Response api_create_risk(RequestContext& context);
Response api_get_risk(RequestContext& context);
Response api_patch_risk(RequestContext& context);
Response api_put_treatment(RequestContext& context);
Response api_list_acceptances(RequestContext& context);
Response api_create_acceptance(RequestContext& context);
/// Body text/csv in the export format; ?skip_bad_rows=true imports the good rows.
Response api_import_risks(RequestContext& context);
Response api_list_systems(RequestContext& context);
Response api_create_system(RequestContext& context);
Response api_get_system(RequestContext& context);
Response api_get_methodology(RequestContext& context);
Response api_put_methodology(RequestContext& context);
Response api_list_analyses(RequestContext& context);
Response api_create_analysis(RequestContext& context);
Response api_heat_map(RequestContext& context);
Response api_overdue_reviews(RequestContext& context);

} // namespace bolwerk::web
