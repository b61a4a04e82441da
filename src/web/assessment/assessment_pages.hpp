#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The gap-analysis pages of one organisation (issue #5). Every handler calls
/// app::AssessmentService, which authorises the actor; filters come in through GET.
///
/// The dashboard: progress per theme and control, the opzet → bestaan → werking
/// funnel, maturity, the trend across snapshots (SVG charts, each with its table) and
/// the overdue measures; ?label=, ?eigenaar= and ?status= filter it.
Result<Response> show_assessment_dashboard(RequestContext& context);
/// The gap list sorted for action (mandatory first), with the same filters, 50 a page.
Result<Response> show_gap_list(RequestContext& context);
/// The 93 controls per theme: applicable or not, reasons, measures with their status.
Result<Response> show_assessment_controls(RequestContext& context);
/// One control's applicability form; POST saves it (post/redirect/get). A refusal is
/// shown beside its field and in an error summary; a stale version is a clear message.
Result<Response> show_control_form(RequestContext& context);
Result<Response> submit_control(RequestContext& context);
/// One overheidsmaatregel: its text and the form with status, owner, target date,
/// maturity, not-applicable reason and opzet/bestaan/werking; POST saves it.
Result<Response> show_measure_form(RequestContext& context);
Result<Response> submit_measure(RequestContext& context);

} // namespace bolwerk::web
