#include "importers/findings/trivy_importer.hpp"

#include "importers/findings/json_node.hpp"
#include "importers/findings/report_text.hpp"

namespace bolwerk::importers::findings {
namespace {

using domain::findings::Cvss;
using domain::findings::Finding;

// Where a Results[] entry's findings are: its Target (a lock file, "image (os)").
struct TrivyResult {
    std::string target;
    std::string type;
};

enum class Part : std::uint8_t {
    SchemaVersion,
    Tool,
    CreatedAt,
    ArtifactName,
    Target,
    Type,
    Vulnerability,
    Misconfiguration,
    Secret
};

std::vector<JsonPath> const paths{{"SchemaVersion"}, {"Trivy"}, {"CreatedAt"}, {"ArtifactName"},
    {"Results", "*", "Target"}, {"Results", "*", "Type"}, {"Results", "*", "Vulnerabilities", "*"},
    {"Results", "*", "Misconfigurations", "*"}, {"Results", "*", "Secrets", "*"}};

std::optional<Cvss> cvss_from(JsonNode const& entry, std::string_view vector_key, std::string_view score_key)
{
    auto const vector = entry.text_of(vector_key);
    auto const score = entry.number_of(score_key);
    if (vector.empty() && !score)
        return std::nullopt;
    return Cvss{std::string(vector), score};
}

// The CVSS of the severity source if it has one, else NVD's, else the first given.
void read_cvss(JsonNode const& vulnerability, Finding& finding)
{
    auto const* cvss = vulnerability.find("CVSS");
    if (cvss == nullptr || !cvss->is_object())
        return;
    std::vector<JsonNode const*> order;
    if (auto const* preferred = cvss->find(vulnerability.text_of("SeveritySource")))
        order.push_back(preferred);
    if (auto const* nvd = cvss->find("nvd"))
        order.push_back(nvd);
    for (auto const& source : cvss->children)
        order.push_back(&source);
    for (auto const* source : order) {
        if (!finding.cvss_v3)
            finding.cvss_v3 = cvss_from(*source, "V3Vector", "V3Score");
        if (!finding.cvss_v4)
            finding.cvss_v4 = cvss_from(*source, "V40Vector", "V40Score");
    }
}

Finding base_finding(ImportSummary const& summary, TrivyResult const& result)
{
    Finding finding;
    finding.tool = summary.tool;
    finding.location.target = summary.target;
    finding.location.file = result.target;
    return finding;
}

Result<void> map_vulnerability(
    JsonNode const& entry, TrivyResult const& result, FindingSink& sink, ImportSummary& summary)
{
    auto finding = base_finding(summary, result);
    finding.rule_id = entry.text_of("VulnerabilityID");
    finding.cve_ids = cve_ids_in(finding.rule_id);
    for (auto const& cwe : entry.elements_of("CweIDs"))
        add_unique(finding.cwe_ids, cwe_id(cwe.text));
    finding.title = entry.text_of("Title");
    if (finding.title.empty())
        finding.title = finding.rule_id + " in " + std::string(entry.text_of("PkgName"));
    finding.severity = entry.text_of("Severity");
    finding.evidence = entry.text_of("Description");
    finding.location.package = entry.text_of("PkgName");
    finding.location.package_version = entry.text_of("InstalledVersion");
    if (auto const* identifier = entry.find("PkgIdentifier"))
        finding.location.purl = identifier->text_of("PURL");
    if (auto const path = entry.text_of("PkgPath"); !path.empty())
        finding.location.file = path;
    read_cvss(entry, finding);
    return emit_finding(sink, summary, std::move(finding));
}

Result<void> map_misconfiguration(
    JsonNode const& entry, TrivyResult const& result, FindingSink& sink, ImportSummary& summary)
{
    auto const status = entry.text_of("Status");
    if (!status.empty() && status != "FAIL")
        return ok();
    auto finding = base_finding(summary, result);
    finding.rule_id = entry.text_of("AVDID");
    if (finding.rule_id.empty())
        finding.rule_id = entry.text_of("ID");
    finding.title = entry.text_of("Title");
    finding.severity = entry.text_of("Severity");
    finding.evidence = std::string(entry.text_of("Message")) + "\n" + std::string(entry.text_of("Resolution"));
    if (auto const* cause = entry.find("CauseMetadata"))
        if (auto const line = cause->number_of("StartLine"); line && *line >= 1 && *line < 4e9)
            finding.location.line = static_cast<std::uint32_t>(*line);
    return emit_finding(sink, summary, std::move(finding));
}

Result<void> map_secret(JsonNode const& entry, TrivyResult const& result, FindingSink& sink, ImportSummary& summary)
{
    auto finding = base_finding(summary, result);
    finding.rule_id = entry.text_of("RuleID");
    finding.title = entry.text_of("Title");
    finding.severity = entry.text_of("Severity");
    finding.evidence = "secret of category " + std::string(entry.text_of("Category"));
    if (auto const line = entry.number_of("StartLine"); line && *line >= 1 && *line < 4e9)
        finding.location.line = static_cast<std::uint32_t>(*line);
    return emit_finding(sink, summary, std::move(finding));
}

} // namespace

Result<ImportSummary> import_trivy(ReportInput const& input, FindingSink& sink)
{
    ImportSummary summary;
    summary.format = ReportFormat::Trivy;
    summary.tool.name = "Trivy";
    JsonRecordParser parser;
    std::vector<TrivyResult> results;
    TRY(walk_json(input, paths, [&](JsonCapture const& capture) -> Result<void> {
        auto const part = static_cast<Part>(capture.path_index);
        if (part == Part::Tool) {
            auto const tool = TRY(parser.parse(input, capture));
            summary.tool.version = tool.text_of("Version");
            return ok();
        }
        if (part <= Part::Type) {
            auto text = TRY(parser.scalar(input, capture));
            if (part == Part::SchemaVersion)
                summary.format_version = std::move(text);
            else if (part == Part::CreatedAt)
                summary.started = parse_report_time(text);
            else if (part == Part::ArtifactName)
                summary.target = std::move(text);
            else {
                auto const index = capture.indices.front();
                if (results.size() <= index)
                    results.resize(index + 1);
                (part == Part::Target ? results[index].target : results[index].type) = std::move(text);
            }
            return ok();
        }
        if (summary.format_version != "2")
            return Error::invalid(
                "Trivy report SchemaVersion '" + summary.format_version + "' is not supported; only 2 is",
                {.source = input.name(), .field = "/SchemaVersion"});
        auto const entry = TRY(parser.parse(input, capture));
        auto const index = capture.indices.front();
        if (results.size() <= index)
            results.resize(index + 1);
        if (part == Part::Vulnerability)
            return map_vulnerability(entry, results[index], sink, summary);
        if (part == Part::Misconfiguration)
            return map_misconfiguration(entry, results[index], sink, summary);
        return map_secret(entry, results[index], sink, summary);
    }));
    if (summary.format_version != "2")
        return Error::invalid("Trivy report SchemaVersion '" + summary.format_version + "' is not supported; only 2 is",
            {.source = input.name(), .field = "/SchemaVersion"});
    return summary;
}

} // namespace bolwerk::importers::findings
