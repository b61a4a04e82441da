#include "importers/findings/report_format.hpp"

namespace bolwerk::importers::findings {

std::string_view to_string(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Sarif: return "sarif";
    case ReportFormat::ZapJson: return "zap-json";
    case ReportFormat::ZapXml: return "zap-xml";
    case ReportFormat::Nessus: return "nessus";
    case ReportFormat::OpenVas: return "openvas";
    case ReportFormat::Trivy: return "trivy";
    case ReportFormat::CycloneDx: return "cyclonedx";
    case ReportFormat::Xccdf: return "xccdf";
    case ReportFormat::Arf: return "arf";
    case ReportFormat::InternetNl: return "internet.nl";
    }
    return "unknown";
}

} // namespace bolwerk::importers::findings
