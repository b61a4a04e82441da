#pragma once

#include "common/clock.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Throttling of sign-in with a password (issue #10, item 4; OWASP ASVS 2.2.1; BIO2 8.05,
// secure authentication). Guessing is slowed where it happens, without letting anyone
// lock out someone else:
// - per (account, address) pair: after a few wrong passwords each further one doubles
//   the wait, for that pair only; an attacker at one address never locks the real user
//   out from another address;
// - per account, softer: when wrong passwords for one account come from many addresses
//   (a distributed attack), addresses that never signed in to the account wait; an
//   address with a good history (a recent successful sign-in to this account) is never
//   held back by it, so the real user's correct password still works;
// - per address: when one address fails for many DISTINCT accounts (credential stuffing),
//   its unknown pairs wait; fifty colleagues behind one municipal NAT who each mistype
//   once are nowhere near it, and those with a good history are never held back.
// Pure rules: the store supplies the history, the caller `now`.
namespace bolwerk::domain {

/// One sign-in with a password as the throttle remembers it.
struct SignInAttempt {
    std::string account; ///< The normalised e-mail address typed, whether an account exists or not.
    std::string address; ///< The client's network, as throttle_address() gives it.
    Timestamp at{};
    bool succeeded = false;
};

/// The limits. The defaults give one address at most about 110 guesses a day at one
/// account, and answer a distributed attack before a few hundred.
struct SignInThrottlePolicy {
    std::int64_t free_pair_failures = 3; ///< Wrong passwords of a pair before it waits.
    std::chrono::seconds first_delay{1}; ///< The first wait; each further failure doubles it.
    std::chrono::seconds longest_delay{15 * 60}; ///< No wait is longer.
    std::chrono::hours pair_memory{24}; ///< A pair's failures older than this are forgotten.
    std::chrono::minutes window{60}; ///< The period of the per-account and per-address counts.
    /// Distinct addresses with wrong passwords for one account in the window before
    /// addresses without a good history wait.
    std::int64_t account_address_limit = 10;
    /// Distinct accounts with wrong passwords from one address in the window before the
    /// address's pairs without a good history wait.
    std::int64_t address_account_limit = 100;
    /// A successful sign-in this recent from an address makes it known for the account.
    std::chrono::hours good_history{90 * 24};
};

/// What decide_sign_in needs to know about one sign-in.
struct SignInHistory {
    std::string account;
    std::string address;
    /// In any order: the attempts on this account (from any address) within the pair
    /// memory, and the failures from this address (for any account) within the window.
    /// Older ones are ignored.
    std::vector<SignInAttempt> attempts;
    /// The newest successful sign-in to this account from this address, however old.
    std::optional<Timestamp> last_success_from_address;
};

/// Whether a sign-in may be tried now, and if not, which limit holds it back until when.
struct ThrottleDecision {
    enum class Limit : std::uint8_t {
        None, ///< Go ahead: check the password.
        Pair, ///< Too many wrong passwords for this account from this address.
        Account, ///< Many addresses fail for this account; this address has no good history.
        Address, ///< This address fails for many accounts; this pair has no good history.
    };
    Limit limit = Limit::None;
    Timestamp retry_at{}; ///< When the attempt may be made; only when held back.

    bool allowed() const { return limit == Limit::None; }
};

/// Decides whether a password may be checked now. A held-back attempt is not checked and
/// must not be recorded as a failure, so waiting ends by itself.
ThrottleDecision decide_sign_in(SignInThrottlePolicy const& policy, SignInHistory const& history, Timestamp now);

/// The address a client is throttled by: an IPv4 address as it is, an IPv6 address as its
/// /64 network (one subscriber gets a whole /64, so single addresses would be free to
/// vary), an IPv4-mapped IPv6 address as the IPv4 address. Anything else is kept as it is.
std::string throttle_address(std::string_view address);

} // namespace bolwerk::domain
