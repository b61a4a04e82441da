#include "importers/findings/nessus_importer.hpp"

#include "importers/findings/report_text.hpp"
#include "importers/findings/xml_stream.hpp"

#include <charconv>

namespace bolwerk::importers::findings {
namespace {

using domain::findings::Cvss;
using domain::findings::Finding;

struct NessusHost {
    std::string name;
    std::string ip;
    std::string fqdn;
    std::optional<Timestamp> started;
    std::optional<Timestamp> finished;
};

std::optional<double> number(std::string_view text)
{
    double value = 0;
    auto const [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<std::uint16_t> port_of(std::string_view text)
{
    auto const value = number(text);
    if (!value || *value < 1 || *value > 65535)
        return std::nullopt;
    return static_cast<std::uint16_t>(*value);
}

void read_host_properties(XmlElement const& properties, NessusHost& host)
{
    for (auto const& tag : properties.children) {
        auto const name = tag.attribute("name");
        if (name == "HOST_START")
            host.started = parse_report_time(tag.text);
        else if (name == "HOST_END")
            host.finished = parse_report_time(tag.text);
        else if (name == "host-ip")
            host.ip = tag.text;
        else if (name == "host-fqdn")
            host.fqdn = tag.text;
    }
}

std::optional<Cvss> cvss_of(XmlElement const& item, std::string_view vector_name, std::string_view score_name)
{
    auto vector = std::string(item.child_text(vector_name));
    auto const score = number(item.child_text(score_name));
    if (vector.empty() && !score)
        return std::nullopt;
    // Nessus writes v3 vectors with the "CVSS:3.x/" prefix, v4 ones sometimes without.
    if (vector_name == "cvss4_vector" && !vector.empty() && !vector.starts_with("CVSS:4.0/"))
        vector = "CVSS:4.0/" + vector;
    return Cvss{vector, score};
}

Finding map_item(XmlElement const& item, NessusHost const& host, ImportSummary const& summary)
{
    Finding finding;
    finding.tool = summary.tool;
    finding.rule_id = item.attribute("pluginID");
    finding.title = item.attribute("pluginName");
    if (finding.title.empty())
        finding.title = item.child_text("plugin_name");
    finding.severity = item.child_text("risk_factor");
    if (finding.severity.empty())
        finding.severity = item.attribute("severity");
    for (auto const& child : item.children) {
        if (child.name == "cve")
            add_unique(finding.cve_ids, child.text);
        else if (child.name == "cwe")
            add_unique(finding.cwe_ids, cwe_id(child.text));
    }
    finding.cvss_v3 = cvss_of(item, "cvss3_vector", "cvss3_base_score");
    finding.cvss_v4 = cvss_of(item, "cvss4_vector", "cvss4_base_score");
    auto evidence = std::string(item.child_text("synopsis"));
    if (auto const output = item.child_text("plugin_output"); !output.empty())
        evidence += "\n" + std::string(output);
    finding.evidence = evidence.empty() ? std::string(item.child_text("description")) : evidence;
    finding.location.target = host.name;
    finding.location.host = host.fqdn.empty() ? (host.ip.empty() ? host.name : host.ip) : host.fqdn;
    finding.location.port = port_of(item.attribute("port"));
    finding.location.protocol = item.attribute("protocol");
    finding.first_seen = host.started;
    finding.last_seen = host.finished ? host.finished : host.started;
    return finding;
}

} // namespace

Result<ImportSummary> import_nessus(ReportInput const& input, FindingSink& sink)
{
    ImportSummary summary;
    summary.format = ReportFormat::Nessus;
    summary.format_version = "2";
    summary.tool.name = "Nessus";
    auto reader = TRY(XmlStreamReader::open(input));
    if (!TRY(reader.next_element()) || reader.name() != "NessusClientData_v2")
        return reader.error("not a Nessus v2 report: the root element is not <NessusClientData_v2>");
    NessusHost host;
    while (TRY(reader.next_element())) {
        auto const name = reader.name();
        if (name == "Policy") {
            (void)TRY(reader.read_element()); // Settings of the scan, not findings; bounded by the record limit.
        } else if (name == "Report") {
            summary.target = reader.attribute("name");
        } else if (name == "ReportHost") {
            host = {reader.attribute("name"), {}, {}, {}, {}};
        } else if (name == "HostProperties") {
            read_host_properties(TRY(reader.read_element()), host);
            if (!summary.started || (host.started && *host.started < *summary.started))
                summary.started = host.started;
            if (host.finished && (!summary.finished || *host.finished > *summary.finished))
                summary.finished = host.finished;
        } else if (name == "ReportItem") {
            auto const item = TRY(reader.read_element());
            TRY(emit_finding(sink, summary, map_item(item, host, summary)));
        }
    }
    return summary;
}

} // namespace bolwerk::importers::findings
