#pragma once

#include "importers/findings/finding_sink.hpp"
#include "importers/findings/report_input.hpp"

namespace bolwerk::importers::findings {

/// SARIF 2.1.0 (OASIS), from any tool. Two passes over the document: the first reads
/// every run's tool (driver and extensions with their rules) and invocations, the
/// second streams the results, so a result may appear anywhere in its run. A result
/// becomes a finding unless its kind is pass, notApplicable or informational, its
/// baselineState is absent, or it is suppressed (spec 3.27.9, 3.27.24, 3.27.23).
/// Severity is the rule's "security-severity" property when there is one (the GitHub
/// code-scanning convention, a CVSS-like score), else the result's level (3.27.10),
/// which defaults to the rule's defaultConfiguration.level and then to "warning".
Result<ImportSummary> import_sarif(ReportInput const& input, FindingSink& sink);

} // namespace bolwerk::importers::findings
