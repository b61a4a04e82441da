#include "importers/findings/json_node.hpp"
#include "importers/findings/report_text.hpp"
#include "importers/findings/zap_alert.hpp"
#include "importers/findings/zap_importer.hpp"

namespace bolwerk::importers::findings {
namespace {

ZapAlert alert_from(JsonNode const& node)
{
    ZapAlert alert;
    alert.plugin_id = node.text_of("pluginid");
    alert.alert_ref = node.text_of("alertRef");
    alert.name = node.text_of("alert");
    if (alert.name.empty())
        alert.name = node.text_of("name");
    alert.risk_code = node.text_of("riskcode");
    alert.description = node.text_of("desc");
    alert.solution = node.text_of("solution");
    alert.cwe_id = node.text_of("cweid");
    for (auto const& instance : node.elements_of("instances"))
        alert.instances.push_back({std::string(instance.text_of("uri")), std::string(instance.text_of("method")),
            std::string(instance.text_of("param")), std::string(instance.text_of("attack")),
            std::string(instance.text_of("evidence")), std::string(instance.text_of("otherinfo"))});
    return alert;
}

// Paths 0–3 are the header, 4–7 a site of an array of sites, 8–11 a single site object.
std::vector<JsonPath> const paths{{"@programName"}, {"@version"}, {"@generated"}, {"created"}, {"site", "*", "@name"},
    {"site", "*", "@host"}, {"site", "*", "@port"}, {"site", "*", "alerts", "*"}, {"site", "@name"}, {"site", "@host"},
    {"site", "@port"}, {"site", "alerts", "*"}};

} // namespace

Result<ImportSummary> import_zap_json(ReportInput const& input, FindingSink& sink)
{
    ImportSummary summary;
    summary.format = ReportFormat::ZapJson;
    summary.tool.name = "ZAP";
    JsonRecordParser parser;
    ZapSite site;
    std::optional<std::size_t> site_index;
    TRY(walk_json(input, paths, [&](JsonCapture const& capture) -> Result<void> {
        // A single site object (paths 8–11) reads like element 0 of a site array.
        auto const part = capture.path_index >= 8 ? capture.path_index - 4 : capture.path_index;
        auto const index = capture.path_index >= 8 ? std::size_t{0}
            : capture.indices.empty()              ? 0
                                                   : capture.indices.front();
        if (part >= 4 && site_index != index) {
            site = {};
            site_index = index;
        }
        if (part == 7) {
            auto const node = TRY(parser.parse(input, capture));
            return emit_zap_alert(alert_from(node), site, sink, summary);
        }
        auto text = TRY(parser.scalar(input, capture));
        switch (part) {
        case 0: summary.tool.name = text; break;
        case 1:
            summary.tool.version = text;
            summary.format_version = std::move(text);
            break;
        case 2:
            if (!summary.started)
                summary.started = parse_report_time(text);
            break;
        case 3: summary.started = parse_report_time(text); break;
        case 4:
            site.name = std::move(text);
            if (summary.target.empty())
                summary.target = site.name;
            break;
        case 5: site.host = std::move(text); break;
        default: site.port = std::move(text);
        }
        return ok();
    }));
    return summary;
}

} // namespace bolwerk::importers::findings
