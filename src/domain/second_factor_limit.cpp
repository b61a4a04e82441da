#include "domain/second_factor_limit.hpp"

#include "domain/backoff.hpp"

namespace bolwerk::domain {

std::optional<Timestamp> second_factor_wait(
    SecondFactorPolicy const& policy, SecondFactorFailures const& failures, Timestamp now)
{
    if (failures.count < policy.free_account_failures || !failures.latest)
        return std::nullopt;
    auto const until = *failures.latest
        + backoff(policy.first_delay, policy.longest_delay, failures.count - policy.free_account_failures);
    if (until <= now)
        return std::nullopt;
    return until;
}

bool session_exhausted(SecondFactorPolicy const& policy, std::int64_t session_failures)
{
    return session_failures >= policy.session_limit;
}

bool alert_due(SecondFactorPolicy const& policy, std::int64_t account_failures)
{
    return policy.alert_every > 0 && account_failures > 0 && account_failures % policy.alert_every == 0;
}

} // namespace bolwerk::domain
