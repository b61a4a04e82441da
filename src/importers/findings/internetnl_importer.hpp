#pragma once

#include "importers/findings/finding_sink.hpp"
#include "importers/findings/report_input.hpp"

namespace bolwerk::importers::findings {

/// Results of the internet.nl batch API, web and mail tests:
/// - v1.1: {"success", "data": {"api-version", "domains": [{domain, score, link,
///   categories: [{category, passed}], views: [{name, result}]}]}};
/// - v2: {"request": {request_type, …}, "domains": {"<domain>": {status, report.url,
///   scoring.percentage, results: {categories, tests}}}}, and the bare "domains" map
///   (one object per domain) as tools store it.
/// Each domain gives a TargetScore; each test and category a RuleResult (categories
/// with ids as the API names them, e.g. "web_https" in v2 and "tls" in v1.1).
/// Domains whose status is not "ok" give no score.
Result<ImportSummary> import_internetnl(ReportInput const& input, FindingSink& sink);

} // namespace bolwerk::importers::findings
