#pragma once

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The second set of risk pages (issue 6): a risk's detail with history and
/// acceptances, the board's view, overdue reviews, CSV import, the information
/// systems register, the methodology and the risk analyses. Dutch first, English
/// messages; every chart has a table and every field a label (WCAG 2.1 AA).
Response show_risk_detail(RequestContext& context);
Response show_risk_board(RequestContext& context);
Response show_overdue_reviews(RequestContext& context);
Response show_risk_import(RequestContext& context);
/// The CSV pasted into a textarea; all or nothing unless "skip_bad_rows" is ticked.
Response submit_risk_import(RequestContext& context);
Response show_systems(RequestContext& context);
Response show_system_form(RequestContext& context);
Response submit_system(RequestContext& context);
/// A system with its dependencies both ways, the inherited classification and its risks.
Response show_system(RequestContext& context);
Response show_methodology(RequestContext& context);
/// Stores a new methodology version from the form (appetite, matrix, validity).
Response submit_methodology(RequestContext& context);
Response show_analyses(RequestContext& context);
Response submit_analysis(RequestContext& context);
Response submit_analysis_status(RequestContext& context);

} // namespace bolwerk::web
