#include "domain/risk/acceptance.hpp"

#include "common/text.hpp"

namespace bolwerk::domain {

namespace {

constexpr std::size_t min_reason_length = 20;

} // namespace

Result<void> check_acceptance(RiskMethodology const& methodology, RiskLevel level, AcceptanceRequest const& request)
{
    auto const required = methodology.required_authority(level);
    if (required == AcceptanceAuthority::WithinAppetite)
        return Error::conflict("a residual risk at level " + std::string(to_string(level))
            + " is within the risk appetite and needs no acceptance");
    if (request.authority < required)
        return Error::forbidden("a residual risk at level " + std::string(to_string(level)) + " must be accepted by a "
            + std::string(to_string(required)));
    if (trim(request.accepted_by).empty())
        return Error::invalid("record who accepts the risk", {.field = "accepted_by"});
    if (trim(request.reason).size() < min_reason_length)
        return Error::invalid("give a reason of at least 20 characters", {.field = "reason"});
    if (request.valid_until <= request.accepted_on)
        return Error::invalid("the acceptance must be valid after the day it is given", {.field = "valid_until"});
    auto const longest = std::chrono::days{methodology.definition().max_acceptance_days};
    if (request.valid_until - request.accepted_on > longest)
        return Error::invalid("an acceptance may be valid for at most "
                + std::to_string(methodology.definition().max_acceptance_days) + " days",
            {.field = "valid_until"});
    return ok();
}

bool acceptance_expired(RiskAcceptance const& acceptance, std::chrono::sys_days today)
{
    return acceptance.valid_until < today;
}

Result<void> check_measure_may_be_waived(std::string_view measure_number, bool is_substantive)
{
    if (!is_substantive)
        return ok();
    return Error::invalid("overheidsmaatregel " + std::string(measure_number)
            + " is mandatory: it cannot be risk-accepted, only declared not applicable with a "
              "reason in the VvT (BIO2 Deel 1)",
        {.field = "waived_measures"});
}

} // namespace bolwerk::domain
