#pragma once

#include "importers/findings/finding_sink.hpp"
#include "importers/findings/report_input.hpp"

namespace bolwerk::importers::findings {

/// Nessus v2 exports (<NessusClientData_v2>): one finding per <ReportItem> of every
/// <ReportHost>, with the host's HOST_START/HOST_END as first and last seen, the
/// plugin as rule, risk_factor (or the 0–4 severity attribute) as severity, CVSS v3
/// and v4 vectors and scores, every <cve> and <cwe>. The <Policy> part is skipped.
Result<ImportSummary> import_nessus(ReportInput const& input, FindingSink& sink);

/// OpenVAS / Greenbone GMP XML reports (the <report> export or a <get_reports_response>):
/// one finding per <result> of the inner report's <results>, with the NVT OID as rule,
/// the threat (High/Medium/Low/Log) as severity, the CVSS base vector from the NVT tags
/// or <severities>, CVE references and host/port ("443/tcp").
Result<ImportSummary> import_openvas(ReportInput const& input, FindingSink& sink);

} // namespace bolwerk::importers::findings
