#include "importers/findings/sarif_importer.hpp"

#include "common/text.hpp"
#include "importers/findings/json_node.hpp"
#include "importers/findings/report_text.hpp"

#include <algorithm>
#include <map>

namespace bolwerk::importers::findings {
namespace {

using domain::findings::Finding;

struct SarifRule {
    std::string id;
    std::string title;
    std::string level; ///< defaultConfiguration.level
    std::string security_severity;
    std::vector<std::string> cwe_ids;
};

struct SarifRun {
    domain::findings::SourceTool tool;
    std::vector<SarifRule> driver_rules;
    std::vector<std::vector<SarifRule>> extension_rules;
    std::map<std::string, SarifRule const*> rules_by_id;
    std::optional<Timestamp> started;
    std::optional<Timestamp> finished;
};

std::string message_text(JsonNode const* message)
{
    if (message == nullptr)
        return {};
    auto text = message->text_of("text");
    return std::string(text.empty() ? message->text_of("markdown") : text);
}

void add_cwe_tags(JsonNode const& properties, std::vector<std::string>& cwe_ids)
{
    for (auto const& tag : properties.elements_of("tags")) {
        auto const lowered = to_ascii_lower(tag.text);
        auto const at = lowered.find("cwe-");
        if (at != std::string::npos)
            add_unique(cwe_ids, cwe_id(std::string_view(lowered).substr(at + 4)));
    }
}

SarifRule read_rule(JsonNode const& node)
{
    SarifRule rule;
    rule.id = node.text_of("id");
    rule.title = message_text(node.find("shortDescription"));
    if (rule.title.empty())
        rule.title = node.text_of("name");
    if (rule.title.empty())
        rule.title = message_text(node.find("fullDescription"));
    if (auto const* configuration = node.find("defaultConfiguration"))
        rule.level = configuration->text_of("level");
    if (auto const* properties = node.find("properties")) {
        rule.security_severity = properties->text_of("security-severity");
        add_cwe_tags(*properties, rule.cwe_ids);
    }
    for (auto const& relationship : node.elements_of("relationships"))
        if (auto const* target = relationship.find("target")) {
            auto const* component = target->find("toolComponent");
            if (component != nullptr && to_ascii_lower(component->text_of("name")) == "cwe")
                add_unique(rule.cwe_ids, cwe_id(target->text_of("id")));
        }
    return rule;
}

std::vector<SarifRule> read_rules(JsonNode const& component)
{
    std::vector<SarifRule> rules;
    for (auto const& rule : component.elements_of("rules"))
        rules.push_back(read_rule(rule));
    return rules;
}

void index_rules(SarifRun& run)
{
    for (auto const& rule : run.driver_rules)
        run.rules_by_id.emplace(rule.id, &rule);
    for (auto const& extension : run.extension_rules)
        for (auto const& rule : extension)
            run.rules_by_id.emplace(rule.id, &rule);
}

void read_tool(JsonNode const& tool, SarifRun& run)
{
    auto const* driver = tool.find("driver");
    if (driver == nullptr)
        return;
    run.tool.name = driver->text_of("name");
    run.tool.version = driver->text_of("version");
    if (run.tool.version.empty())
        run.tool.version = driver->text_of("semanticVersion");
    run.driver_rules = read_rules(*driver);
    for (auto const& extension : tool.elements_of("extensions"))
        run.extension_rules.push_back(read_rules(extension));
}

void read_invocations(JsonNode const& invocations, SarifRun& run)
{
    if (!invocations.is_array() || invocations.children.empty())
        return;
    auto const& first = invocations.children.front();
    run.started = parse_report_time(first.text_of("startTimeUtc"));
    run.finished = parse_report_time(first.text_of("endTimeUtc"));
}

SarifRule const* rule_of(JsonNode const& result, SarifRun const& run)
{
    auto const* reference = result.find("rule");
    auto const index_text = reference != nullptr ? reference->text_of("index") : result.text_of("ruleIndex");
    std::optional<std::size_t> extension;
    if (reference != nullptr)
        if (auto const* component = reference->find("toolComponent"))
            if (auto const value = component->number_of("index"); value && *value >= 0)
                extension = static_cast<std::size_t>(*value);
    auto const& rules
        = extension && *extension < run.extension_rules.size() ? run.extension_rules[*extension] : run.driver_rules;
    if (!index_text.empty()) {
        auto const index = std::strtoull(std::string(index_text).c_str(), nullptr, 10);
        if (index < rules.size())
            return &rules[index];
    }
    auto id = std::string(result.text_of("ruleId"));
    if (id.empty() && reference != nullptr)
        id = reference->text_of("id");
    auto const found = run.rules_by_id.find(id);
    return found == run.rules_by_id.end() ? nullptr : found->second;
}

bool is_reportable(JsonNode const& result)
{
    auto const kind = result.text_of("kind");
    if (kind == "pass" || kind == "notApplicable" || kind == "informational")
        return false;
    if (result.text_of("baselineState") == "absent")
        return false;
    for (auto const& suppression : result.elements_of("suppressions"))
        if (suppression.text_of("status") != "rejected")
            return false;
    return true;
}

void read_location(JsonNode const& result, Finding& finding)
{
    auto const& locations = result.elements_of("locations");
    if (locations.empty())
        return;
    auto const* physical = locations.front().find("physicalLocation");
    if (physical == nullptr)
        return;
    if (auto const* artifact = physical->find("artifactLocation")) {
        auto const uri = std::string(artifact->text_of("uri"));
        if (uri.starts_with("http://") || uri.starts_with("https://"))
            finding.location.url = uri;
        else
            finding.location.file = uri;
    }
    if (auto const* region = physical->find("region"))
        if (auto const line = region->number_of("startLine"); line && *line >= 1 && *line < 4e9)
            finding.location.line = static_cast<std::uint32_t>(*line);
}

// The tool's own fingerprints, sorted by key so the order in the file does not matter.
std::string tool_fingerprint(JsonNode const& result)
{
    for (auto const* name : {"partialFingerprints", "fingerprints"}) {
        auto const* fingerprints = result.find(name);
        if (fingerprints == nullptr || !fingerprints->is_object() || fingerprints->keys.empty())
            continue;
        std::vector<std::string> pairs;
        for (std::size_t i = 0; i < fingerprints->keys.size(); ++i)
            pairs.push_back(fingerprints->keys[i] + "=" + fingerprints->children[i].text);
        std::sort(pairs.begin(), pairs.end());
        std::string joined;
        for (auto const& pair : pairs)
            joined += pair + "\n";
        return joined;
    }
    return {};
}

Result<void> map_result(JsonNode const& result, SarifRun const& run, FindingSink& sink, ImportSummary& summary)
{
    if (!result.is_object() || !is_reportable(result))
        return ok();
    auto const* rule = rule_of(result, run);
    Finding finding;
    finding.tool = run.tool;
    finding.rule_id = result.text_of("ruleId");
    if (finding.rule_id.empty() && rule != nullptr)
        finding.rule_id = rule->id;
    auto const message = message_text(result.find("message"));
    finding.title = rule != nullptr && !rule->title.empty() ? rule->title : message;
    finding.evidence = message;
    finding.severity = result.text_of("level");
    if (finding.severity.empty() && rule != nullptr)
        finding.severity = rule->level;
    if (finding.severity.empty())
        finding.severity = "warning";
    if (rule != nullptr && !rule->security_severity.empty())
        finding.severity = rule->security_severity;
    if (rule != nullptr)
        finding.cwe_ids = rule->cwe_ids;
    if (auto const* properties = result.find("properties"))
        add_cwe_tags(*properties, finding.cwe_ids);
    finding.cve_ids = cve_ids_in(finding.rule_id);
    if (finding.cve_ids.empty())
        finding.cve_ids = cve_ids_in(message);
    read_location(result, finding);
    finding.first_seen = run.started;
    finding.last_seen = run.finished ? run.finished : run.started;
    return emit_finding(sink, summary, std::move(finding), tool_fingerprint(result));
}

} // namespace

Result<ImportSummary> import_sarif(ReportInput const& input, FindingSink& sink)
{
    ImportSummary summary;
    summary.format = ReportFormat::Sarif;
    JsonRecordParser parser;
    std::vector<SarifRun> runs;
    auto const run_at = [&](std::size_t index) -> SarifRun& {
        if (runs.size() <= index)
            runs.resize(index + 1);
        return runs[index];
    };
    std::vector<JsonPath> const header_paths{{"version"}, {"runs", "*", "tool"}, {"runs", "*", "invocations"}};
    TRY(walk_json(input, header_paths, [&](JsonCapture const& capture) -> Result<void> {
        if (capture.path_index == 0) {
            summary.format_version = TRY(parser.scalar(input, capture));
            return ok();
        }
        auto const node = TRY(parser.parse(input, capture));
        auto& run = run_at(capture.indices.front());
        if (capture.path_index == 1)
            read_tool(node, run);
        else
            read_invocations(node, run);
        return ok();
    }));
    if (summary.format_version != "2.1.0")
        return Error::invalid("SARIF version '" + summary.format_version + "' is not supported; only 2.1.0 is",
            {.source = input.name(), .field = "/version"});
    for (auto& run : runs)
        index_rules(run);
    if (!runs.empty()) {
        summary.tool = runs.front().tool;
        summary.started = runs.front().started;
        summary.finished = runs.front().finished;
    }
    std::vector<JsonPath> const result_paths{{"runs", "*", "results", "*"}};
    TRY(walk_json(input, result_paths, [&](JsonCapture const& capture) -> Result<void> {
        auto const node = TRY(parser.parse(input, capture));
        return map_result(node, run_at(capture.indices.front()), sink, summary);
    }));
    return summary;
}

} // namespace bolwerk::importers::findings
