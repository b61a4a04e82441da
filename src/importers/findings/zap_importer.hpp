#pragma once

#include "importers/findings/finding_sink.hpp"
#include "importers/findings/report_input.hpp"

namespace bolwerk::importers::findings {

/// OWASP ZAP's traditional JSON report, both the 2.9 layout (numbers as strings, no
/// @programName) and the current one (`created`, `systemic`, numbers or strings), with
/// `site` as an array or a single object. Site fields are read in document order (ZAP
/// writes @name, @host and @port before alerts).
Result<ImportSummary> import_zap_json(ReportInput const& input, FindingSink& sink);

/// OWASP ZAP's traditional XML report (<OWASPZAPReport version generated>, <site>,
/// <alertitem>), read as a stream.
Result<ImportSummary> import_zap_xml(ReportInput const& input, FindingSink& sink);

} // namespace bolwerk::importers::findings
