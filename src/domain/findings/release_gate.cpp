#include "domain/findings/release_gate.hpp"

#include "common/text.hpp"

#include <algorithm>

namespace bolwerk::domain::findings {

std::string_view to_string(GateReasonKind kind)
{
    switch (kind) {
    case GateReasonKind::NotInternetFacing: return "not_internet_facing";
    case GateReasonKind::NoPentest: return "no_pentest";
    case GateReasonKind::OpenHighRiskFinding: return "open_high_risk_finding";
    case GateReasonKind::Overridden: return "overridden";
    }
    return "no_pentest";
}

namespace {

bool blocks(GateFinding const& finding)
{
    bool const closed = finding.status == FindingStatus::Mitigated || finding.status == FindingStatus::FalsePositive;
    return !closed && finding.level >= RiskLevel::Hoog;
}

} // namespace

Result<GateDecision> decide_release_gate(ReleaseGateInput const& input)
{
    GateDecision decision;
    if (!input.internet_facing) {
        decision.go = true;
        decision.reasons.push_back({GateReasonKind::NotInternetFacing, {}});
        return decision;
    }
    if (!input.pentest_recorded)
        decision.reasons.push_back({GateReasonKind::NoPentest, {}});
    for (auto const& finding : input.findings)
        if (blocks(finding))
            decision.reasons.push_back(
                {GateReasonKind::OpenHighRiskFinding, finding.fingerprint + " " + finding.title});
    decision.go = decision.reasons.empty();
    if (decision.go || !input.override_decision)
        return decision;
    bool const high_risk = std::any_of(decision.reasons.begin(), decision.reasons.end(),
        [](GateReason const& reason) { return reason.kind == GateReasonKind::OpenHighRiskFinding; });
    if (high_risk)
        return Error::forbidden("a release blocked by a high-risk finding cannot be overridden (BIO2 8.08.05); "
                                "mitigate the finding first");
    auto const& override_decision = *input.override_decision;
    if (trim(override_decision.decided_by).empty())
        return Error::invalid("an override names who decided", {.field = "decided_by"});
    if (trim(override_decision.reason).empty())
        return Error::invalid("an override needs a reason", {.field = "reason"});
    decision.go = true;
    decision.reasons.push_back({GateReasonKind::Overridden,
        override_decision.decided_by + " at " + format_timestamp(override_decision.decided_at) + ": "
            + override_decision.reason});
    return decision;
}

} // namespace bolwerk::domain::findings
