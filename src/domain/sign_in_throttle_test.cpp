#include "domain/sign_in_throttle.hpp"

#include "domain/backoff.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain {
namespace {

using namespace std::chrono_literals;
using Limit = ThrottleDecision::Limit;

Timestamp const now{std::chrono::sys_days{std::chrono::year{2026} / 11 / 25} + 9h};

// `count` wrong passwords for `account` from `address`, one a second, the last `ago` before now.
std::vector<SignInAttempt> failures(
    std::string const& account, std::string const& address, int count, std::chrono::seconds ago = 0s)
{
    std::vector<SignInAttempt> attempts;
    attempts.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        attempts.push_back({account, address, now - ago - std::chrono::seconds(count - 1 - i), false});
    return attempts;
}

// Wrong passwords for `count` different accounts from one address, or from `count`
// different addresses for one account.
std::vector<SignInAttempt> spread(
    std::string const& account, std::string const& address, int count, bool accounts, std::chrono::seconds ago = 0s)
{
    std::vector<SignInAttempt> attempts;
    for (int i = 0; i < count; ++i) {
        auto const n = std::to_string(i);
        attempts.push_back(
            {accounts ? "user" + n + "@x.nl" : account, accounts ? address : "10.9.0." + n, now - ago, false});
    }
    return attempts;
}

std::vector<SignInAttempt> operator+(std::vector<SignInAttempt> a, std::vector<SignInAttempt> const& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

struct Case {
    char const* name;
    std::vector<SignInAttempt> attempts;
    std::optional<Timestamp> last_success; ///< of victim@x.nl from 10.0.0.1
    Limit limit;
    std::chrono::microseconds wait; ///< retry_at - now, when held back
};

class SignInThrottleTest : public testing::TestWithParam<Case> { };

TEST_P(SignInThrottleTest, Decides)
{
    auto const& c = GetParam();
    SignInHistory const history{"victim@x.nl", "10.0.0.1", c.attempts, c.last_success};
    auto const decision = decide_sign_in(SignInThrottlePolicy{}, history, now);
    EXPECT_EQ(decision.limit, c.limit);
    if (c.limit != Limit::None) {
        EXPECT_EQ(decision.retry_at - now, c.wait);
    }
}

INSTANTIATE_TEST_SUITE_P(Rules, SignInThrottleTest,
    testing::Values(Case{"NoHistory", {}, {}, Limit::None, {}},
        Case{"TwoFailuresAreFree", failures("victim@x.nl", "10.0.0.1", 2), {}, Limit::None, {}},
        Case{"ThirdFailureWaitsOneSecond", failures("victim@x.nl", "10.0.0.1", 3), {}, Limit::Pair, 1s},
        Case{"EachFailureDoublesTheWait", failures("victim@x.nl", "10.0.0.1", 6), {}, Limit::Pair, 8s},
        Case{"TheWaitIsOver", failures("victim@x.nl", "10.0.0.1", 6, 8s), {}, Limit::None, {}},
        Case{"AtMostFifteenMinutes", failures("victim@x.nl", "10.0.0.1", 50), {}, Limit::Pair, 15min},
        Case{"ForgottenAfterADay", failures("victim@x.nl", "10.0.0.1", 50, 25h), {}, Limit::None, {}},
        // The pair counts only since its last success.
        Case{"SuccessStartsAgain",
            failures("victim@x.nl", "10.0.0.1", 5, 20s)
                + std::vector<SignInAttempt>{{"victim@x.nl", "10.0.0.1", now - 10s, true}},
            now - 10s, Limit::None, {}},
        // Issue #10: an attacker at another address does not hold the victim back.
        Case{"AnotherAddressFailingIsNoReason", failures("victim@x.nl", "10.6.6.6", 50), {}, Limit::None, {}},
        Case{"OtherAccountsFromThisAddressAreNoReason", failures("other@x.nl", "10.0.0.1", 50), {}, Limit::None, {}},
        // A distributed attack on the account: unknown addresses wait, known ones do not.
        Case{"NineAttackingAddresses", spread("victim@x.nl", "", 9, false), {}, Limit::None, {}},
        Case{"TenAttackingAddresses", spread("victim@x.nl", "", 10, false), {}, Limit::Account, 1s},
        Case{"TwentyAttackingAddresses", spread("victim@x.nl", "", 20, false), {}, Limit::Account, 15min},
        Case{"KnownAddressIgnoresAttack", spread("victim@x.nl", "", 40, false), now - 48h, Limit::None, {}},
        Case{"OldHistoryIsNotKnown", spread("victim@x.nl", "", 40, false), now - 91 * 24h, Limit::Account, 15min},
        // One address failing for many distinct accounts.
        Case{"FiftyColleaguesBehindANat", spread("", "10.0.0.1", 50, true), {}, Limit::None, {}},
        Case{"OneHundredAccountsFromOneAddress", spread("", "10.0.0.1", 101, true), {}, Limit::Address, 2s},
        Case{"CredentialStuffing", spread("", "10.0.0.1", 130, true), {}, Limit::Address, 15min},
        Case{"KnownPairIgnoresStuffing", spread("", "10.0.0.1", 130, true), now - 1h, Limit::None, {}},
        Case{"StuffingOutsideTheWindow",
            [] {
                auto attempts = spread("", "10.0.0.1", 130, true);
                for (auto& attempt : attempts)
                    attempt.at -= 61min;
                return attempts;
            }(),
            {}, Limit::None, {}}),
    [](auto const& test_info) { return std::string(test_info.param.name); });

TEST(SignInThrottle, AWaitThatIsOverDoesNotHoldBack)
{
    // Ten addresses failed 5 s ago: their wait of 1 s is over.
    SignInHistory const history{"victim@x.nl", "10.0.0.1", spread("victim@x.nl", "", 10, false, 5s), {}};
    EXPECT_TRUE(decide_sign_in(SignInThrottlePolicy{}, history, now).allowed());
}

TEST(ThrottleAddress, GroupsIpv6ByNetwork)
{
    EXPECT_EQ(throttle_address("192.0.2.7"), "192.0.2.7");
    EXPECT_EQ(throttle_address("2001:db8:1:2:aaaa::1"), "2001:0db8:0001:0002::/64");
    EXPECT_EQ(throttle_address("2001:db8:1:2:bbbb::9"), "2001:0db8:0001:0002::/64");
    EXPECT_EQ(throttle_address("::ffff:192.0.2.7"), "192.0.2.7");
    EXPECT_EQ(throttle_address("not an address"), "not an address");
}

TEST(Backoff, DoublesUpToTheLongest)
{
    EXPECT_EQ(backoff(1s, 900s, 0), 1s);
    EXPECT_EQ(backoff(1s, 900s, 3), 8s);
    EXPECT_EQ(backoff(1s, 900s, 9), 512s);
    EXPECT_EQ(backoff(1s, 900s, 10), 900s);
    EXPECT_EQ(backoff(1s, 900s, 1'000'000), 900s);
    EXPECT_EQ(backoff(1s, 900s, -3), 1s);
}

} // namespace
} // namespace bolwerk::domain
