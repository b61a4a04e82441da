#include "importers/findings/findings_importer.hpp"

#include "importers/findings/cyclonedx_importer.hpp"
#include "importers/findings/internetnl_importer.hpp"
#include "importers/findings/json_node.hpp"
#include "importers/findings/json_stream.hpp"
#include "importers/findings/nessus_importer.hpp"
#include "importers/findings/sarif_importer.hpp"
#include "importers/findings/trivy_importer.hpp"
#include "importers/findings/xccdf_importer.hpp"
#include "importers/findings/xml_stream.hpp"
#include "importers/findings/zap_importer.hpp"

namespace bolwerk::importers::findings {
namespace {

std::optional<ReportFormat> format_of(JsonTopLevel const& top)
{
    if (top.value_of("bomFormat") == "CycloneDX")
        return ReportFormat::CycloneDx;
    if (top.has("SchemaVersion") && (top.has("Results") || top.has("ArtifactName") || top.has("ArtifactType")))
        return ReportFormat::Trivy;
    if (top.has("runs") && top.has("version"))
        return ReportFormat::Sarif;
    // ZAP writes "@programName"/"@version"/"@generated" before "site", internet.nl v2
    // "request" before "domains": deciding on them spares a pass over the findings.
    if (top.has("@version") && (top.has("site") || top.has("@generated") || top.has("@programName")))
        return ReportFormat::ZapJson;
    if ((top.has("success") && top.has("data")) || (top.has("request") && top.has("domains")))
        return ReportFormat::InternetNl;
    if (top.has("request") && top.raw_values.back().find("\"request_type\"") != std::string_view::npos)
        return ReportFormat::InternetNl;
    return std::nullopt;
}

// The bare internet.nl v2 map: every member is a domain result object.
bool is_internetnl_domain_map(JsonTopLevel const& top, std::string const& source)
{
    if (top.keys.empty())
        return false;
    JsonRecordParser parser;
    auto const first = parser.parse_text(top.raw_values.front(), source);
    return first && first->is_object() && first->find("status") != nullptr
        && (first->find("scoring") != nullptr || first->find("results") != nullptr);
}

Error unknown_json(ReportInput const& input, JsonTopLevel const& top)
{
    std::string keys;
    for (std::size_t i = 0; i < top.keys.size() && i < 8; ++i)
        keys += (i == 0 ? "" : ", ") + top.keys[i];
    return Error::invalid("not a known findings report: a JSON object with members " + (keys.empty() ? "(none)" : keys)
            + " is none of SARIF 2.1.0, Trivy, CycloneDX, ZAP or internet.nl",
        {.source = input.name(), .field = "/", .line = 1, .column = 1});
}

Result<ReportFormat> detect_json(ReportInput const& input)
{
    auto const top
        = TRY(read_json_top_level(input, [](JsonTopLevel const& seen) { return format_of(seen).has_value(); }));
    if (!top.is_object)
        return Error::invalid("not a known findings report: the JSON document is not an object",
            {.source = input.name(), .field = "/", .line = 1, .column = 1});
    if (auto const format = format_of(top))
        return *format;
    if (is_internetnl_domain_map(top, input.name()))
        return ReportFormat::InternetNl;
    return unknown_json(input, top);
}

Result<ReportFormat> detect_xml(ReportInput const& input)
{
    auto reader = TRY(XmlStreamReader::open(input));
    if (!TRY(reader.next_element()))
        return reader.error("not a known findings report: the XML document has no root element");
    auto const name = reader.name();
    auto const ns = reader.ns();
    if (name == "OWASPZAPReport")
        return ReportFormat::ZapXml;
    if (name == "NessusClientData_v2")
        return ReportFormat::Nessus;
    if (name == "NessusClientData")
        return reader.error("Nessus v1 reports are not supported: export the scan as .nessus (v2)");
    if (name == "get_reports_response" || (name == "report" && ns.empty()))
        return ReportFormat::OpenVas;
    if (ns.starts_with("http://checklists.nist.gov/xccdf/") && (name == "Benchmark" || name == "TestResult"))
        return ReportFormat::Xccdf;
    if (name == "asset-report-collection")
        return ReportFormat::Arf;
    return reader.error("not a known findings report: the XML root element <" + std::string(name) + ">"
        + (ns.empty() ? std::string() : " in namespace " + std::string(ns))
        + " is none of ZAP, Nessus v2, OpenVAS/Greenbone, XCCDF or ARF");
}

} // namespace

Result<ReportFormat> detect_report_format(ReportInput const& input)
{
    auto text = input.bytes();
    std::size_t start = 0;
    if (text.starts_with("\xEF\xBB\xBF"))
        start = 3;
    while (start < text.size()
        && (text[start] == ' ' || text[start] == '\n' || text[start] == '\r' || text[start] == '\t'))
        ++start;
    if (start == text.size())
        return Error::invalid("the report is empty", {.source = input.name()});
    if (text[start] == '{' || text[start] == '[') {
        if (start == 0)
            return detect_json(input);
        ReportInput const stripped(input.name(), text.substr(start));
        return detect_json(stripped);
    }
    if (text[start] == '<')
        return detect_xml(input);
    return Error::invalid("not a known findings report: the content is neither JSON nor XML",
        {.source = input.name(), .line = 1, .column = 1});
}

Result<ImportSummary> import_findings_as(ReportFormat format, ReportInput const& input, FindingSink& sink)
{
    switch (format) {
    case ReportFormat::Sarif: return import_sarif(input, sink);
    case ReportFormat::ZapJson: return import_zap_json(input, sink);
    case ReportFormat::ZapXml: return import_zap_xml(input, sink);
    case ReportFormat::Nessus: return import_nessus(input, sink);
    case ReportFormat::OpenVas: return import_openvas(input, sink);
    case ReportFormat::Trivy: return import_trivy(input, sink);
    case ReportFormat::CycloneDx: return import_cyclonedx(input, sink);
    case ReportFormat::Xccdf:
    case ReportFormat::Arf: return import_xccdf(input, sink);
    case ReportFormat::InternetNl: return import_internetnl(input, sink);
    }
    return Error::internal("unknown report format");
}

Result<ImportSummary> import_findings(ReportInput const& input, FindingSink& sink)
{
    auto const format = TRY(detect_report_format(input));
    auto text = input.bytes();
    // A byte order mark or leading white space is not JSON; the importers start at the value.
    std::size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    if (format == ReportFormat::ZapXml || format == ReportFormat::Nessus || format == ReportFormat::OpenVas
        || format == ReportFormat::Xccdf || format == ReportFormat::Arf || start == 0)
        return import_findings_as(format, input, sink);
    ReportInput const stripped(input.name(), text.substr(start));
    return import_findings_as(format, stripped, sink);
}

} // namespace bolwerk::importers::findings
