#pragma once

#include "common/clock.hpp"

#include <chrono>
#include <cstdint>
#include <optional>

// Limits on guessing the second factor (issue #10, item 2; OWASP ASVS 2.2.1, 2.8.x; BIO2
// 5.17.01, multi-factor authentication). A six-digit TOTP code with a window of one step
// either way is guessed with a chance of 3 in a million per try; without a limit an
// attacker who knows the password needs minutes. Wrong codes and recovery codes count
// alike:
// - per half-signed-in session: after `session_limit` wrong codes the session ends and
//   sign-in starts again with the password (itself throttled, see sign_in_throttle.hpp);
// - per account, across sessions: after `free_account_failures` wrong codes since the
//   last correct one, each further code waits, the wait doubling with every failure;
// - the user is told by e-mail at every `alert_every`-th wrong code.
// Pure rules: the store keeps the counts, the caller gives `now`.
namespace bolwerk::domain {

struct SecondFactorPolicy {
    std::int64_t session_limit = 5;
    std::int64_t free_account_failures = 5;
    std::chrono::seconds first_delay{30};
    std::chrono::seconds longest_delay{60 * 60};
    std::int64_t alert_every = 5;
};

/// The wrong second-factor codes of an account since its last correct one.
struct SecondFactorFailures {
    std::int64_t count = 0;
    std::optional<Timestamp> latest;
};

/// When the account may try a code again, if it has to wait now.
std::optional<Timestamp> second_factor_wait(
    SecondFactorPolicy const& policy, SecondFactorFailures const& failures, Timestamp now);

/// Whether a session with `session_failures` wrong codes is used up (it then ends).
bool session_exhausted(SecondFactorPolicy const& policy, std::int64_t session_failures);

/// Whether the wrong code that brought the account to `account_failures` calls for an alert.
bool alert_due(SecondFactorPolicy const& policy, std::int64_t account_failures);

} // namespace bolwerk::domain
