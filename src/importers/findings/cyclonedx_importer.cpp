#include "importers/findings/cyclonedx_importer.hpp"

#include "importers/findings/json_node.hpp"
#include "importers/findings/report_text.hpp"

#include <map>

namespace bolwerk::importers::findings {
namespace {

using domain::findings::Component;
using domain::findings::Cvss;
using domain::findings::Finding;

std::vector<JsonPath> const paths{
    {"bomFormat"}, {"specVersion"}, {"metadata"}, {"components", "*"}, {"vulnerabilities", "*"}};

constexpr std::size_t max_component_depth = 64;

void read_tools(JsonNode const& metadata, ImportSummary& summary)
{
    auto const* tools = metadata.find("tools");
    if (tools == nullptr)
        return;
    auto const& list = tools->is_array() ? tools->children : tools->elements_of("components");
    if (list.empty())
        return;
    summary.tool.name = list.front().text_of("name");
    summary.tool.version = list.front().text_of("version");
}

Result<void> add_components(JsonNode const& node, std::map<std::string, Component>& by_ref, FindingSink& sink,
    ImportSummary& summary, std::size_t depth)
{
    if (!node.is_object() || depth > max_component_depth)
        return ok();
    Component component;
    component.bom_ref = node.text_of("bom-ref");
    component.type = node.text_of("type");
    component.group = node.text_of("group");
    component.name = node.text_of("name");
    component.version = node.text_of("version");
    component.purl = node.text_of("purl");
    for (auto const& license : node.elements_of("licenses")) {
        if (auto const* inner = license.find("license")) {
            auto id = std::string(inner->text_of("id"));
            add_unique(component.licenses, id.empty() ? std::string(inner->text_of("name")) : id);
        }
        add_unique(component.licenses, std::string(license.text_of("expression")));
    }
    if (!component.bom_ref.empty())
        by_ref[component.bom_ref] = component;
    ++summary.components;
    TRY(sink.component(std::move(component)));
    for (auto const& child : node.elements_of("components"))
        TRY(add_components(child, by_ref, sink, summary, depth + 1));
    return ok();
}

void read_ratings(JsonNode const& vulnerability, Finding& finding)
{
    for (auto const& rating : vulnerability.elements_of("ratings")) {
        auto const method = rating.text_of("method");
        auto const vector = rating.text_of("vector");
        Cvss cvss{std::string(vector), rating.number_of("score")};
        if ((method == "CVSSv3" || method == "CVSSv31") && !finding.cvss_v3)
            finding.cvss_v3 = cvss;
        if (method == "CVSSv4" && !finding.cvss_v4)
            finding.cvss_v4 = cvss;
        if (finding.severity.empty())
            finding.severity = rating.text_of("severity");
    }
}

std::string analysis_of(JsonNode const& vulnerability)
{
    auto const* analysis = vulnerability.find("analysis");
    if (analysis == nullptr)
        return {};
    auto text = std::string(analysis->text_of("state"));
    if (auto const justification = analysis->text_of("justification"); !justification.empty())
        text += ": " + std::string(justification);
    return text;
}

Result<void> map_vulnerability(
    JsonNode const& node, std::map<std::string, Component> const& by_ref, FindingSink& sink, ImportSummary& summary)
{
    Finding base;
    base.tool = summary.tool;
    base.rule_id = node.text_of("id");
    base.cve_ids = cve_ids_in(base.rule_id);
    for (auto const& cwe : node.elements_of("cwes"))
        add_unique(base.cwe_ids, cwe_id(cwe.text));
    base.title = base.rule_id;
    base.evidence = node.text_of("description");
    base.analysis = analysis_of(node);
    base.location.target = summary.target;
    read_ratings(node, base);
    auto const& affects = node.elements_of("affects");
    if (affects.empty())
        return emit_finding(sink, summary, std::move(base));
    for (auto const& affected : affects) {
        auto finding = base;
        auto const ref = std::string(affected.text_of("ref"));
        auto const found = by_ref.find(ref);
        finding.location.package = found == by_ref.end() ? ref : found->second.name;
        if (found != by_ref.end()) {
            finding.location.package_version = found->second.version;
            finding.location.purl = found->second.purl;
        }
        TRY(emit_finding(sink, summary, std::move(finding)));
    }
    return ok();
}

bool supported_version(std::string_view version)
{
    for (auto const* known : {"1.2", "1.3", "1.4", "1.5", "1.6", "1.7"})
        if (version == known)
            return true;
    return false;
}

} // namespace

Result<ImportSummary> import_cyclonedx(ReportInput const& input, FindingSink& sink)
{
    ImportSummary summary;
    summary.format = ReportFormat::CycloneDx;
    JsonRecordParser parser;
    std::map<std::string, Component> by_ref;
    std::string bom_format;
    // While walking, a header not seen yet is no error (members may come in any order).
    bool strict = false;
    auto const check_header = [&](JsonCapture const& capture) -> Result<void> {
        if ((strict || !bom_format.empty()) && bom_format != "CycloneDX")
            return Error::invalid("not a CycloneDX document: bomFormat is '" + bom_format + "'",
                {.source = input.name(), .field = "/bomFormat"});
        if ((strict || !summary.format_version.empty()) && !supported_version(summary.format_version))
            return Error::invalid(
                "CycloneDX specVersion '" + summary.format_version + "' is not supported (1.2 to 1.7 are)",
                {.source = input.name(), .field = capture.pointer});
        return ok();
    };
    TRY(walk_json(input, paths, [&](JsonCapture const& capture) -> Result<void> {
        switch (capture.path_index) {
        case 0: bom_format = TRY(parser.scalar(input, capture)); return ok();
        case 1: summary.format_version = TRY(parser.scalar(input, capture)); return ok();
        default: break;
        }
        TRY(check_header(capture));
        auto const node = TRY(parser.parse(input, capture));
        if (capture.path_index == 2) {
            read_tools(node, summary);
            summary.started = parse_report_time(node.text_of("timestamp"));
            if (auto const* subject = node.find("component"))
                summary.target = subject->text_of("name");
            return ok();
        }
        if (capture.path_index == 3)
            return add_components(node, by_ref, sink, summary, 0);
        return map_vulnerability(node, by_ref, sink, summary);
    }));
    strict = true;
    TRY(check_header(JsonCapture{.pointer = "/specVersion"}));
    return summary;
}

} // namespace bolwerk::importers::findings
