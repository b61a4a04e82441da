#include "common/text.hpp"
#include "importers/findings/nessus_importer.hpp"
#include "importers/findings/report_text.hpp"
#include "importers/findings/xml_stream.hpp"

#include <charconv>

namespace bolwerk::importers::findings {
namespace {

using domain::findings::Cvss;
using domain::findings::Finding;

// "cvss_base_vector=AV:N/…|summary=…": the value of one key of an NVT's tags.
std::string tag_value(std::string_view tags, std::string_view key)
{
    for (auto const part : split(tags, '|')) {
        auto const equals = part.find('=');
        if (equals != std::string_view::npos && part.substr(0, equals) == key)
            return std::string(part.substr(equals + 1));
    }
    return {};
}

std::optional<double> number(std::string_view text)
{
    double value = 0;
    auto const [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// GMP 20.08 and later list <severities><severity type="cvss_base_v3"><value>…; older
// versions put "cvss_base_vector=" in the tags (a v2 vector unless it starts "CVSS:3").
void read_cvss(XmlElement const& nvt, Finding& finding)
{
    if (auto const* severities = nvt.child("severities"))
        for (auto const& severity : severities->children) {
            auto const type = severity.attribute("type");
            Cvss cvss{std::string(severity.child_text("value")), number(severity.child_text("score"))};
            if (type.starts_with("cvss_base_v3") && !finding.cvss_v3)
                finding.cvss_v3 = cvss;
            if (type.starts_with("cvss_base_v4") && !finding.cvss_v4)
                finding.cvss_v4 = cvss;
        }
    auto const vector = tag_value(nvt.child_text("tags"), "cvss_base_vector");
    if (!finding.cvss_v3 && vector.starts_with("CVSS:3"))
        finding.cvss_v3 = Cvss{vector, number(nvt.child_text("cvss_base"))};
}

void read_port(std::string_view text, Finding& finding)
{
    // "443/tcp", "general/tcp", "package".
    auto const slash = text.find('/');
    auto const port = text.substr(0, slash);
    if (slash != std::string_view::npos)
        finding.location.protocol = text.substr(slash + 1);
    unsigned value = 0;
    auto const [end, error] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (error == std::errc() && end == port.data() + port.size() && value > 0 && value <= 65535)
        finding.location.port = static_cast<std::uint16_t>(value);
}

Finding map_result(XmlElement const& result, ImportSummary const& summary)
{
    Finding finding;
    finding.tool = summary.tool;
    finding.title = result.child_text("name");
    finding.severity = result.child_text("threat");
    if (finding.severity.empty())
        finding.severity = result.child_text("severity");
    if (auto const* host = result.child("host")) {
        finding.location.host = std::string(trim(host->text));
        if (auto const name = host->child_text("hostname"); !name.empty())
            finding.location.target = name;
    }
    read_port(result.child_text("port"), finding);
    if (auto const* nvt = result.child("nvt")) {
        finding.rule_id = nvt->attribute("oid");
        if (finding.title.empty())
            finding.title = nvt->child_text("name");
        if (auto const* refs = nvt->child("refs"))
            for (auto const& ref : refs->children)
                if (to_ascii_lower(ref.attribute("type")) == "cve")
                    add_unique(finding.cve_ids, std::string(ref.attribute("id")));
        for (auto const& cve : cve_ids_in(nvt->child_text("cve")))
            add_unique(finding.cve_ids, cve);
        read_cvss(*nvt, finding);
        finding.evidence = tag_value(nvt->child_text("tags"), "summary");
    }
    if (auto const description = result.child_text("description"); !description.empty())
        finding.evidence += "\n" + std::string(description);
    return finding;
}

} // namespace

Result<ImportSummary> import_openvas(ReportInput const& input, FindingSink& sink)
{
    ImportSummary summary;
    summary.format = ReportFormat::OpenVas;
    summary.tool.name = "OpenVAS";
    auto reader = TRY(XmlStreamReader::open(input));
    if (!TRY(reader.next_element()) || (reader.name() != "report" && reader.name() != "get_reports_response"))
        return reader.error(
            "not an OpenVAS/Greenbone report: the root element is not <report> or <get_reports_response>");
    int results_depth = -1;
    while (TRY(reader.next_element())) {
        auto const name = reader.name();
        int const depth = reader.depth();
        if (results_depth >= 0 && depth <= results_depth)
            results_depth = -1;
        if (name == "results") {
            results_depth = depth;
        } else if (name == "result" && results_depth >= 0 && depth == results_depth + 1) {
            auto const result = TRY(reader.read_element());
            TRY(emit_finding(sink, summary, map_result(result, summary)));
        } else if (name == "version" || name == "scan_start" || name == "scan_end" || name == "name") {
            if (results_depth >= 0)
                continue;
            auto const element = TRY(reader.read_element());
            if (name == "version" && summary.format_version.empty())
                summary.format_version = "GMP " + element.text;
            else if (name == "scan_start")
                summary.started = parse_report_time(element.text);
            else if (name == "scan_end")
                summary.finished = parse_report_time(element.text);
            else if (name == "name" && depth == 1 && summary.target.empty())
                summary.target = element.text;
        }
    }
    return summary;
}

} // namespace bolwerk::importers::findings
