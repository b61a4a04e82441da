#pragma once

#include <cstdint>
#include <string_view>

namespace bolwerk::importers::findings {

/// The report formats the findings importers read (issue #17, item 1). Detected from
/// the content, never from a file name (report_detect.hpp).
enum class ReportFormat : std::uint8_t {
    Sarif, ///< SARIF 2.1.0, any tool
    ZapJson, ///< OWASP ZAP traditional JSON report (2.9 string-valued and current)
    ZapXml, ///< OWASP ZAP traditional XML report (OWASPZAPReport)
    Nessus, ///< Nessus .nessus v2 (NessusClientData_v2)
    OpenVas, ///< OpenVAS / Greenbone GMP XML report
    Trivy, ///< Trivy JSON (SchemaVersion 2)
    CycloneDx, ///< CycloneDX 1.2–1.6 JSON (SBOM and VEX)
    Xccdf, ///< OpenSCAP XCCDF 1.1/1.2 results (Benchmark or TestResult)
    Arf, ///< SCAP Asset Reporting Format 1.1 with XCCDF results
    InternetNl, ///< internet.nl batch API v1.1 and v2 results (web and mail)
};

/// "sarif", "zap-json", "zap-xml", "nessus", "openvas", "trivy", "cyclonedx",
/// "xccdf", "arf", "internet.nl".
std::string_view to_string(ReportFormat format);

} // namespace bolwerk::importers::findings
