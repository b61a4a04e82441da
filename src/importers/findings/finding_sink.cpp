#include "importers/findings/finding_sink.hpp"

#include "domain/findings/fingerprint.hpp"
#include "importers/findings/report_text.hpp"

namespace bolwerk::importers::findings {

// By value: the sinks that keep what they are given move it into place; this default keeps
// nothing.
// NOLINTBEGIN(performance-unnecessary-value-param)
Result<void> FindingSink::rule_result(domain::findings::RuleResult) { return ok(); }
Result<void> FindingSink::component(domain::findings::Component) { return ok(); }
Result<void> FindingSink::score(domain::findings::TargetScore) { return ok(); }
// NOLINTEND(performance-unnecessary-value-param)

Result<void> emit_finding(
    FindingSink& sink, ImportSummary& summary, domain::findings::Finding finding, std::string_view tool_fingerprint)
{
    finding.evidence = bounded_text(finding.evidence, domain::findings::max_evidence_bytes);
    finding.title = bounded_text(finding.title, 1024);
    finding.fingerprint = domain::findings::finding_fingerprint(finding, tool_fingerprint);
    if (!finding.first_seen)
        finding.first_seen = summary.started;
    if (!finding.last_seen)
        finding.last_seen = summary.finished ? summary.finished : finding.first_seen;
    ++summary.findings;
    return sink.finding(std::move(finding));
}

Result<void> CollectingSink::finding(domain::findings::Finding finding)
{
    findings.push_back(std::move(finding));
    return ok();
}

Result<void> CollectingSink::rule_result(domain::findings::RuleResult result)
{
    rule_results.push_back(std::move(result));
    return ok();
}

Result<void> CollectingSink::component(domain::findings::Component component)
{
    components.push_back(std::move(component));
    return ok();
}

Result<void> CollectingSink::score(domain::findings::TargetScore score)
{
    scores.push_back(std::move(score));
    return ok();
}

} // namespace bolwerk::importers::findings
