#include "domain/findings/finding_status.hpp"

#include "common/text.hpp"

namespace bolwerk::domain::findings {

std::string_view to_string(FindingStatus status)
{
    switch (status) {
    case FindingStatus::Open: return "open";
    case FindingStatus::Mitigated: return "mitigated";
    case FindingStatus::FalsePositive: return "false_positive";
    case FindingStatus::Accepted: return "accepted";
    }
    return "open";
}

Result<FindingStatus> parse_finding_status(std::string_view text)
{
    for (auto const status :
        {FindingStatus::Open, FindingStatus::Mitigated, FindingStatus::FalsePositive, FindingStatus::Accepted})
        if (to_string(status) == text)
            return status;
    return Error::invalid("unknown finding status '" + std::string(text) + "'", {.field = "status"});
}

Result<void> check_status_change(FindingStatus from, StatusChange const& change, StatusContext const& context)
{
    if (from == change.to)
        return Error::conflict("the finding is already " + std::string(to_string(from)));
    if (from != FindingStatus::Open && change.to != FindingStatus::Open)
        return Error::conflict("a " + std::string(to_string(from)) + " finding must be reopened before it can become "
            + std::string(to_string(change.to)));
    bool const has_reason = !trim(change.reason).empty();
    switch (change.to) {
    case FindingStatus::Open:
        if (!has_reason)
            return Error::invalid("reopening a finding needs a reason", {.field = "reason"});
        return ok();
    case FindingStatus::Mitigated:
        if (!has_reason)
            return Error::invalid("a mitigation needs a reason", {.field = "reason"});
        if (trim(change.evidence).empty())
            return Error::invalid("a mitigation needs evidence", {.field = "evidence"});
        return ok();
    case FindingStatus::FalsePositive:
        if (!has_reason)
            return Error::invalid("a false positive needs a reason", {.field = "reason"});
        return ok();
    case FindingStatus::Accepted:
        // 8.08.05: a high-risk finding on an internet-facing system blocks production
        // unless mitigated otherwise; accepting the risk is not mitigating it.
        if (context.internet_facing && context.release_pending && context.level >= RiskLevel::Hoog)
            return Error::forbidden("a high-risk finding on an internet-facing system cannot be accepted while a "
                                    "release awaits its gate (BIO2 8.08.05); mitigate it instead");
        if (!change.risk_acceptance)
            return Error::invalid(
                "accepting a finding needs a risk acceptance from the risk module", {.field = "risk_acceptance"});
        return ok();
    }
    return Error::invalid("unknown finding status", {.field = "status"});
}

} // namespace bolwerk::domain::findings
