#include "report/oscal/oscal_catalog_export.hpp"
#include "report/oscal/oscal_findings.hpp"
#include "report/oscal/oscal_findings_json.hpp"

#include <nlohmann/json.hpp>

#include <set>

namespace bolwerk::report::oscal {

using nlohmann::json;
using namespace domain::findings;

namespace {

json metadata(std::string const& title, std::string const& organisation, Timestamp now, UuidSource const& uuid)
{
    return {{"title", one_line(title)}, {"last-modified", format_timestamp(now)}, {"version", "1"},
        {"oscal-version", oscal_version},
        {"parties",
            json::array(
                {{{"uuid", uuid("party:organisation")}, {"type", "organization"}, {"name", one_line(organisation)}}})}};
}

json finding_observation(AssessedFinding const& assessed, UuidSource const& uuid, Timestamp fallback)
{
    auto const& finding = assessed.finding;
    json props = json::array();
    add_prop(props, "fingerprint", finding.fingerprint);
    add_prop(props, "tool", finding.tool.name);
    add_prop(props, "tool-version", finding.tool.version);
    add_prop(props, "rule-id", finding.rule_id);
    add_prop(props, "severity", finding.severity);
    add_prop(props, "risk-level", std::string(domain::to_string(assessed.level)));
    add_prop(props, "status", std::string(to_string(assessed.status)));
    add_prop(props, "system", assessed.system);
    for (auto const& cve : finding.cve_ids)
        add_prop(props, "cve", cve);
    for (auto const& cwe : finding.cwe_ids)
        add_prop(props, "cwe", cwe);
    json observation{{"uuid", uuid("observation:" + finding.fingerprint)}, {"title", one_line(finding.title)},
        {"description", text_or(finding.evidence, finding.title)}, {"methods", {"TEST"}}, {"types", {"finding"}},
        {"collected", format_timestamp(finding.last_seen.value_or(fallback))}};
    if (!props.empty())
        observation["props"] = props;
    return observation;
}

json verdict_observation(WerkingVerdict const& verdict, UuidSource const& uuid)
{
    json props = json::array();
    add_prop(props, "measure", verdict.measure);
    add_prop(props, "verdict", std::string(to_string(verdict.verdict)));
    add_prop(props, "value", number_text(verdict.value));
    std::string description = "Werking of " + verdict.measure + ": " + std::string(to_string(verdict.verdict));
    for (auto const& reason : verdict.reasons)
        description += "\n- " + reason;
    return {{"uuid", uuid("verdict:" + verdict.measure)}, {"title", "Werking " + verdict.measure},
        {"description", description}, {"props", props}, {"methods", {"EXAMINE"}},
        {"collected", format_timestamp(verdict.period.to)}};
}

json verdict_finding(WerkingVerdict const& verdict, UuidSource const& uuid)
{
    auto const state = verdict.verdict == Verdict::Effective ? "satisfied" : "not-satisfied";
    return {{"uuid", uuid("finding:" + verdict.measure)}, {"title", "Werking " + verdict.measure},
        {"description", "Computed verdict: " + std::string(to_string(verdict.verdict))},
        {"target",
            {{"type", "objective-id"}, {"target-id", control_id(verdict.measure)}, {"status", {{"state", state}}}}},
        {"related-observations", json::array({{{"observation-uuid", uuid("verdict:" + verdict.measure)}}})}};
}

json finding_risk(AssessedFinding const& assessed, UuidSource const& uuid)
{
    auto const& finding = assessed.finding;
    return {{"uuid", uuid("risk:" + finding.fingerprint)}, {"title", one_line(finding.title)},
        {"description", text_or(finding.evidence, finding.title)},
        {"statement",
            "Risk level " + std::string(domain::to_string(assessed.level)) + " on "
                + text_or(assessed.system, "the system")},
        {"status", "open"},
        {"related-observations", json::array({{{"observation-uuid", uuid("observation:" + finding.fingerprint)}}})}};
}

} // namespace

std::string write_assessment_results_json(AssessmentResultsInput const& input, Timestamp now)
{
    UuidSource const uuid{"bolwerk:ar:" + input.organisation + ":" + format_timestamp(input.period.from) + ":"
        + format_timestamp(input.period.to)};
    auto observations = json::array();
    auto risks = json::array();
    auto findings = json::array();
    for (auto const& assessed : input.findings) {
        observations.push_back(finding_observation(assessed, uuid, input.period.to));
        if (assessed.status == FindingStatus::Open || assessed.status == FindingStatus::Accepted)
            risks.push_back(finding_risk(assessed, uuid));
    }
    for (auto const& verdict : input.verdicts) {
        observations.push_back(verdict_observation(verdict, uuid));
        if (verdict.verdict != Verdict::NoData)
            findings.push_back(verdict_finding(verdict, uuid));
    }
    json result{{"uuid", uuid("result")}, {"title", one_line(text_or(input.title, "Werking"))},
        {"description", "Findings and werking verdicts of " + one_line(input.organisation)},
        {"start", format_timestamp(input.period.from)}, {"end", format_timestamp(input.period.to)},
        {"reviewed-controls", {{"control-selections", json::array({{{"include-all", json::object()}}})}}}};
    if (!observations.empty())
        result["observations"] = observations;
    if (!risks.empty())
        result["risks"] = risks;
    if (!findings.empty())
        result["findings"] = findings;
    auto const basis = uuid("resource:assessment-basis");
    json const document{{"assessment-results",
        {{"uuid", uuid("assessment-results")},
            {"metadata", metadata(text_or(input.title, "Werking"), input.organisation, now, uuid)},
            {"import-ap", {{"href", "#" + basis}}}, {"results", json::array({result})},
            {"back-matter",
                {{"resources",
                    json::array({{{"uuid", basis}, {"title", "Bolwerk findings register and werking rules"},
                        {"description", "Assessment basis: the BIO2 measures as exported by Bolwerk."}}})}}}}}};
    return document.dump(2);
}

std::string write_poam_json(PoamInput const& input, Timestamp now)
{
    UuidSource const uuid{"bolwerk:poam:" + input.organisation};
    auto items = json::array();
    auto risks = json::array();
    auto parties = json::array(
        {{{"uuid", uuid("party:organisation")}, {"type", "organization"}, {"name", one_line(input.organisation)}}});
    std::set<std::string> owners;
    for (std::size_t i = 0; i < input.entries.size(); ++i) {
        auto const& entry = input.entries[i];
        auto const key = entry.fingerprint.empty() ? "gap:" + entry.measure + ":" + entry.title : entry.fingerprint;
        json props = json::array();
        add_prop(props, "system", entry.system);
        add_prop(props, "owner", entry.owner);
        add_prop(props, "fingerprint", entry.fingerprint);
        add_prop(props, "measure", entry.measure);
        add_prop(props, "risk-level", std::string(domain::to_string(entry.level)));
        json risk{{"uuid", uuid("risk:" + key)}, {"title", one_line(entry.title)},
            {"description", text_or(entry.description, entry.title)},
            {"statement", "Risk level " + std::string(domain::to_string(entry.level))}, {"status", "open"}};
        if (entry.due)
            risk["deadline"] = format_timestamp(*entry.due);
        if (!entry.owner.empty()) {
            if (owners.insert(entry.owner).second)
                parties.push_back(
                    {{"uuid", uuid("party:" + entry.owner)}, {"type", "person"}, {"name", one_line(entry.owner)}});
            risk["origins"] = json::array(
                {{{"actors", json::array({{{"type", "party"}, {"actor-uuid", uuid("party:" + entry.owner)}}})}}});
        }
        risks.push_back(risk);
        json item{{"uuid", uuid("item:" + key)}, {"title", one_line(entry.title)},
            {"description", text_or(entry.description, entry.title)},
            {"related-risks", json::array({{{"risk-uuid", uuid("risk:" + key)}}})}};
        if (!props.empty())
            item["props"] = props;
        items.push_back(item);
    }
    auto meta = metadata(text_or(input.title, "Plan van aanpak"), input.organisation, now, uuid);
    meta["parties"] = parties;
    json plan{{"uuid", uuid("poam")}, {"metadata", meta},
        {"system-id", {{"identifier-type", "https://ietf.org/rfc/rfc4122"}, {"id", uuid("system")}}},
        {"poam-items", items}};
    if (!risks.empty())
        plan["risks"] = risks;
    return json{{"plan-of-action-and-milestones", plan}}.dump(2);
}

} // namespace bolwerk::report::oscal
