#include "domain/sign_in_throttle.hpp"

#include "domain/backoff.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <set>

namespace bolwerk::domain {

namespace {

struct Counts {
    std::int64_t failures = 0;
    Timestamp latest{};
};

// The pair's wrong passwords since its last success, within the pair memory.
Counts pair_failures(SignInHistory const& history, Timestamp since)
{
    for (auto const& attempt : history.attempts) {
        if (attempt.succeeded && attempt.account == history.account && attempt.address == history.address)
            since = std::max(since, attempt.at);
    }
    Counts counts;
    for (auto const& attempt : history.attempts) {
        if (attempt.succeeded || attempt.at <= since || attempt.account != history.account
            || attempt.address != history.address)
            continue;
        ++counts.failures;
        counts.latest = std::max(counts.latest, attempt.at);
    }
    return counts;
}

// How many distinct values of `other` failed together with `key`, within the window.
template <typename Key, typename Other>
Counts distinct_failures(SignInHistory const& history, Timestamp since, Key key, Other other)
{
    std::set<std::string> seen;
    Counts counts;
    for (auto const& attempt : history.attempts) {
        if (attempt.succeeded || attempt.at <= since || !key(attempt))
            continue;
        seen.insert(other(attempt));
        counts.latest = std::max(counts.latest, attempt.at);
    }
    counts.failures = static_cast<std::int64_t>(seen.size());
    return counts;
}

// Held back until `latest` + the backoff for `count` beyond `limit`, if that is later than now.
std::optional<Timestamp> wait_until(
    SignInThrottlePolicy const& policy, Counts const& counts, std::int64_t limit, Timestamp now)
{
    if (counts.failures < limit)
        return std::nullopt;
    auto const until = counts.latest + backoff(policy.first_delay, policy.longest_delay, counts.failures - limit);
    if (until <= now)
        return std::nullopt;
    return until;
}

} // namespace

ThrottleDecision decide_sign_in(SignInThrottlePolicy const& policy, SignInHistory const& history, Timestamp now)
{
    auto const pair = pair_failures(history, now - policy.pair_memory);
    if (auto const until = wait_until(policy, pair, policy.free_pair_failures, now))
        return {ThrottleDecision::Limit::Pair, *until};
    bool const known
        = history.last_success_from_address && now - *history.last_success_from_address <= policy.good_history;
    if (known)
        return {};
    auto const since = now - policy.window;
    auto const addresses = distinct_failures(
        history, since, [&](SignInAttempt const& a) { return a.account == history.account; },
        [](SignInAttempt const& a) { return a.address; });
    if (auto const until = wait_until(policy, addresses, policy.account_address_limit, now))
        return {ThrottleDecision::Limit::Account, *until};
    auto const accounts = distinct_failures(
        history, since, [&](SignInAttempt const& a) { return a.address == history.address; },
        [](SignInAttempt const& a) { return a.account; });
    if (auto const until = wait_until(policy, accounts, policy.address_account_limit, now))
        return {ThrottleDecision::Limit::Address, *until};
    return {};
}

std::string throttle_address(std::string_view address)
{
    std::string text(address);
    std::array<unsigned char, 16> bytes{};
    if (inet_pton(AF_INET6, text.c_str(), bytes.data()) != 1)
        return text;
    bool const mapped = std::all_of(bytes.begin(), bytes.begin() + 10, [](unsigned char b) { return b == 0; })
        && bytes[10] == 0xff && bytes[11] == 0xff;
    char buffer[64];
    if (mapped) {
        (void)std::snprintf(buffer, sizeof buffer, "%u.%u.%u.%u", bytes[12], bytes[13], bytes[14], bytes[15]);
        return buffer;
    }
    (void)std::snprintf(buffer, sizeof buffer, "%02x%02x:%02x%02x:%02x%02x:%02x%02x::/64", bytes[0], bytes[1], bytes[2],
        bytes[3], bytes[4], bytes[5], bytes[6], bytes[7]);
    return buffer;
}

} // namespace bolwerk::domain
