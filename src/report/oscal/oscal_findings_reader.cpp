#include "report/oscal/oscal_findings.hpp"
#include "report/oscal/oscal_findings_json.hpp"

#include "common/text.hpp"

#include <map>

namespace bolwerk::report::oscal {

using nlohmann::json;
using namespace domain::findings;

namespace {

std::string text_at(json const& object, std::string_view key)
{
    if (!object.is_object())
        return {};
    auto const found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

json const& member(json const& object, std::string_view key)
{
    static json const none;
    if (!object.is_object())
        return none;
    auto const found = object.find(key);
    return found == object.end() ? none : *found;
}

std::vector<std::string> prop_values(json const& object, std::string_view name)
{
    std::vector<std::string> values;
    for (auto const& prop : member(object, "props"))
        if (text_at(prop, "name") == name)
            values.push_back(text_at(prop, "value"));
    return values;
}

std::string organisation_of(json const& metadata)
{
    auto const& parties = member(metadata, "parties");
    if (!parties.is_array() || parties.empty())
        return {};
    auto name = text_at(parties.front(), "name");
    return name == "-" ? std::string() : name;
}

Result<json> parse_document(std::string_view text, std::string_view kind)
{
    auto document = json::parse(text, nullptr, false);
    if (document.is_discarded())
        return Error::invalid("not JSON: the OSCAL document cannot be parsed");
    if (!member(document, kind).is_object())
        return Error::invalid("not an OSCAL " + std::string(kind) + " document", {.field = std::string(kind)});
    return document;
}

Timestamp time_at(json const& object, std::string_view key)
{
    auto const parsed = parse_timestamp(text_at(object, key));
    return parsed ? *parsed : Timestamp{};
}

AssessedFinding read_finding(json const& observation)
{
    AssessedFinding assessed;
    auto& finding = assessed.finding;
    finding.title = text_at(observation, "title");
    finding.evidence = text_at(observation, "description");
    finding.fingerprint = prop_value(observation, "fingerprint");
    finding.tool = {prop_value(observation, "tool"), prop_value(observation, "tool-version")};
    finding.rule_id = prop_value(observation, "rule-id");
    finding.severity = prop_value(observation, "severity");
    finding.cve_ids = prop_values(observation, "cve");
    finding.cwe_ids = prop_values(observation, "cwe");
    if (auto const collected = parse_timestamp(text_at(observation, "collected")))
        finding.last_seen = *collected;
    assessed.system = prop_value(observation, "system");
    if (auto const level = domain::parse_risk_level(prop_value(observation, "risk-level")))
        assessed.level = *level;
    if (auto const status = parse_finding_status(prop_value(observation, "status")))
        assessed.status = *status;
    return assessed;
}

WerkingVerdict read_verdict(json const& observation, Period period)
{
    WerkingVerdict verdict;
    verdict.measure = prop_value(observation, "measure");
    auto const verdict_text = prop_value(observation, "verdict");
    for (auto const value : {Verdict::Effective, Verdict::PartlyEffective, Verdict::NotEffective, Verdict::NoData})
        if (to_string(value) == verdict_text)
            verdict.verdict = value;
    verdict.value = std::strtod(prop_value(observation, "value").c_str(), nullptr);
    auto const description = text_at(observation, "description");
    for (auto const line : split(description, '\n'))
        if (line.starts_with("- "))
            verdict.reasons.emplace_back(line.substr(2));
    verdict.period = period;
    return verdict;
}

bool has_type(json const& observation, std::string_view type)
{
    for (auto const& value : member(observation, "types"))
        if (value.is_string() && value.get<std::string>() == type)
            return true;
    return false;
}

} // namespace

Result<AssessmentResultsInput> read_assessment_results_json(std::string_view text)
{
    auto const document = TRY(parse_document(text, "assessment-results"));
    auto const& root = document["assessment-results"];
    AssessmentResultsInput input;
    input.organisation = organisation_of(member(root, "metadata"));
    auto const& results = member(root, "results");
    if (!results.is_array() || results.empty())
        return Error::invalid("an assessment-results document has no results", {.field = "results"});
    auto const& result = results.front();
    input.title = text_at(result, "title");
    input.period = {time_at(result, "start"), time_at(result, "end")};
    for (auto const& observation : member(result, "observations")) {
        if (has_type(observation, "finding"))
            input.findings.push_back(read_finding(observation));
        else if (!prop_value(observation, "measure").empty())
            input.verdicts.push_back(read_verdict(observation, input.period));
    }
    return input;
}

Result<PoamInput> read_poam_json(std::string_view text)
{
    auto const document = TRY(parse_document(text, "plan-of-action-and-milestones"));
    auto const& root = document["plan-of-action-and-milestones"];
    PoamInput input;
    input.organisation = organisation_of(member(root, "metadata"));
    input.title = text_at(member(root, "metadata"), "title");
    std::map<std::string, std::optional<Timestamp>> deadlines;
    for (auto const& risk : member(root, "risks")) {
        auto const deadline = parse_timestamp(text_at(risk, "deadline"));
        deadlines[text_at(risk, "uuid")] = deadline ? std::optional<Timestamp>(*deadline) : std::nullopt;
    }
    for (auto const& item : member(root, "poam-items")) {
        PoamEntry entry;
        entry.title = text_at(item, "title");
        entry.description = text_at(item, "description");
        entry.system = prop_value(item, "system");
        entry.owner = prop_value(item, "owner");
        entry.fingerprint = prop_value(item, "fingerprint");
        entry.measure = prop_value(item, "measure");
        if (auto const level = domain::parse_risk_level(prop_value(item, "risk-level")))
            entry.level = *level;
        for (auto const& related : member(item, "related-risks"))
            if (auto const found = deadlines.find(text_at(related, "risk-uuid")); found != deadlines.end())
                entry.due = found->second;
        input.entries.push_back(std::move(entry));
    }
    return input;
}

} // namespace bolwerk::report::oscal
