#pragma once

#include "importers/findings/finding_sink.hpp"
#include "importers/findings/report_input.hpp"

namespace bolwerk::importers::findings {

/// XCCDF 1.1 and 1.2 results (a <Benchmark> holding <TestResult>s, or a bare
/// <TestResult>) and SCAP ARF 1.1 collections that carry them, as OpenSCAP writes
/// with --results and --results-arf. Every <rule-result> becomes a RuleResult (outcome
/// per XCCDF 1.2 section 6.6.4.2), titled from its <Rule> when the benchmark precedes
/// the results (as in both layouts); a "fail" also becomes a finding, with the
/// rule-result's severity and the TestResult's target as host. The scanner comes
/// from the TestResult's test-system CPE ("cpe:/a:redhat:openscap:1.3.5").
Result<ImportSummary> import_xccdf(ReportInput const& input, FindingSink& sink);

} // namespace bolwerk::importers::findings
