#include "importers/findings/xccdf_importer.hpp"

#include "common/text.hpp"
#include "importers/findings/report_text.hpp"
#include "importers/findings/xml_stream.hpp"

#include <map>

namespace bolwerk::importers::findings {
namespace {

using domain::findings::RuleOutcome;

struct XccdfRule {
    std::string title;
    std::string severity;
};

bool is_xccdf(std::string_view ns) { return ns.starts_with("http://checklists.nist.gov/xccdf/"); }

RuleOutcome outcome_of(std::string_view result)
{
    static std::map<std::string_view, RuleOutcome> const outcomes{{"pass", RuleOutcome::Pass},
        {"fail", RuleOutcome::Fail}, {"error", RuleOutcome::Error}, {"unknown", RuleOutcome::Unknown},
        {"notapplicable", RuleOutcome::NotApplicable}, {"notchecked", RuleOutcome::NotChecked},
        {"notselected", RuleOutcome::NotSelected}, {"informational", RuleOutcome::Informational},
        {"fixed", RuleOutcome::Fixed}};
    auto const found = outcomes.find(result);
    return found == outcomes.end() ? RuleOutcome::Unknown : found->second;
}

// "cpe:/a:redhat:openscap:1.3.5" → OpenSCAP-style name "openscap", version "1.3.5".
domain::findings::SourceTool tool_of(std::string_view cpe)
{
    auto const parts = split(cpe, ':');
    if (parts.size() < 4)
        return {std::string(cpe), {}};
    return {std::string(parts[3]), parts.size() > 4 ? std::string(parts[4]) : std::string()};
}

Result<void> map_rule_result(XmlElement const& element, std::map<std::string, XccdfRule> const& rules,
    std::string const& target, FindingSink& sink, ImportSummary& summary)
{
    auto const id = std::string(element.attribute("idref"));
    auto const found = rules.find(id);
    auto const result_text = std::string(trim(element.child_text("result")));
    domain::findings::RuleResult result{summary.tool, id, found == rules.end() ? std::string() : found->second.title,
        outcome_of(result_text), result_text, std::string(element.attribute("severity")), target,
        parse_report_time(element.attribute("time"))};
    if (result.severity.empty() && found != rules.end())
        result.severity = found->second.severity;
    if (!result.checked_at)
        result.checked_at = summary.started;
    if (result.outcome == RuleOutcome::Fail) {
        domain::findings::Finding finding;
        finding.tool = summary.tool;
        finding.rule_id = id;
        finding.title = result.title.empty() ? id : result.title;
        finding.severity = result.severity;
        finding.location.host = target;
        finding.location.target = target;
        for (auto const& child : element.children)
            if (child.name == "ident") {
                for (auto const& cve : cve_ids_in(child.text))
                    add_unique(finding.cve_ids, cve);
                if (finding.evidence.empty())
                    finding.evidence = child.text;
            }
        TRY(emit_finding(sink, summary, std::move(finding)));
    }
    ++summary.rule_results;
    return sink.rule_result(std::move(result));
}

} // namespace

Result<ImportSummary> import_xccdf(ReportInput const& input, FindingSink& sink)
{
    ImportSummary summary;
    auto reader = TRY(XmlStreamReader::open(input));
    if (!TRY(reader.next_element()))
        return reader.error("the XML document is empty");
    auto const root = std::string(reader.name());
    if (root == "asset-report-collection") {
        summary.format = ReportFormat::Arf;
        summary.format_version = "ARF 1.1";
    } else if (is_xccdf(reader.ns()) && (root == "Benchmark" || root == "TestResult")) {
        summary.format = ReportFormat::Xccdf;
        summary.format_version = "XCCDF " + std::string(reader.ns().substr(reader.ns().rfind('/') + 1));
    } else {
        return reader.error("not an XCCDF or ARF document: the root element is <" + root + ">");
    }
    std::map<std::string, XccdfRule> rules;
    std::string target;
    do {
        if (!is_xccdf(reader.ns()))
            continue;
        auto const name = reader.name();
        if (name == "Rule") {
            auto const rule = TRY(reader.read_element());
            rules[std::string(rule.attribute("id"))]
                = {std::string(trim(rule.child_text("title"))), std::string(rule.attribute("severity"))};
        } else if (name == "TestResult") {
            summary.tool = tool_of(reader.attribute("test-system"));
            summary.started = parse_report_time(reader.attribute("start-time"));
            summary.finished = parse_report_time(reader.attribute("end-time"));
            target.clear();
        } else if (name == "target") {
            target = trim(TRY(reader.read_element()).text);
            if (summary.target.empty())
                summary.target = target;
        } else if (name == "rule-result") {
            auto const element = TRY(reader.read_element());
            TRY(map_rule_result(element, rules, target, sink, summary));
        }
    } while (TRY(reader.next_element()));
    return summary;
}

} // namespace bolwerk::importers::findings
