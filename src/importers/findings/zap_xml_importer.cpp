#include "importers/findings/report_text.hpp"
#include "importers/findings/xml_stream.hpp"
#include "importers/findings/zap_alert.hpp"
#include "importers/findings/zap_importer.hpp"

namespace bolwerk::importers::findings {
namespace {

ZapAlert alert_from(XmlElement const& item)
{
    ZapAlert alert;
    alert.plugin_id = item.child_text("pluginid");
    alert.alert_ref = item.child_text("alertRef");
    alert.name = item.child_text("alert");
    if (alert.name.empty())
        alert.name = item.child_text("name");
    alert.risk_code = item.child_text("riskcode");
    alert.description = item.child_text("desc");
    alert.solution = item.child_text("solution");
    alert.cwe_id = item.child_text("cweid");
    auto add = [&](XmlElement const& instance) {
        alert.instances.push_back({std::string(instance.child_text("uri")), std::string(instance.child_text("method")),
            std::string(instance.child_text("param")), std::string(instance.child_text("attack")),
            std::string(instance.child_text("evidence")), std::string(instance.child_text("otherinfo"))});
    };
    if (auto const* instances = item.child("instances"))
        for (auto const& instance : instances->children)
            if (instance.name == "instance")
                add(instance);
    // ZAP before 2.8 wrote one alert item per URL, with <uri> on the item itself.
    if (alert.instances.empty() && !item.child_text("uri").empty())
        add(item);
    return alert;
}

} // namespace

Result<ImportSummary> import_zap_xml(ReportInput const& input, FindingSink& sink)
{
    ImportSummary summary;
    summary.format = ReportFormat::ZapXml;
    summary.tool.name = "ZAP";
    auto reader = TRY(XmlStreamReader::open(input));
    if (!TRY(reader.next_element()) || reader.name() != "OWASPZAPReport")
        return reader.error("not a ZAP XML report: the root element is not <OWASPZAPReport>");
    summary.tool.version = reader.attribute("version");
    summary.format_version = summary.tool.version;
    summary.started = parse_report_time(reader.attribute("generated"));
    ZapSite site;
    while (TRY(reader.next_element())) {
        if (reader.name() == "site") {
            site = {reader.attribute("name"), reader.attribute("host"), reader.attribute("port")};
            if (summary.target.empty())
                summary.target = site.name;
        } else if (reader.name() == "alertitem") {
            auto const item = TRY(reader.read_element());
            TRY(emit_zap_alert(alert_from(item), site, sink, summary));
        }
    }
    return summary;
}

} // namespace bolwerk::importers::findings
