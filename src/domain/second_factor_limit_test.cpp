#include "domain/second_factor_limit.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain {
namespace {

using namespace std::chrono_literals;

Timestamp const now{std::chrono::sys_days{std::chrono::year{2026} / 11 / 25} + 9h};

struct WaitCase {
    std::int64_t count;
    std::chrono::seconds ago; ///< of the latest wrong code
    std::optional<std::chrono::seconds> wait; ///< retry_at - now
};

class SecondFactorWaitTest : public testing::TestWithParam<WaitCase> { };

TEST_P(SecondFactorWaitTest, GrowsPerAccountAcrossSessions)
{
    auto const& c = GetParam();
    auto const until = second_factor_wait(SecondFactorPolicy{}, {c.count, now - c.ago}, now);
    ASSERT_EQ(until.has_value(), c.wait.has_value()) << c.count;
    if (until) {
        EXPECT_EQ(*until - now, *c.wait);
    }
}

INSTANTIATE_TEST_SUITE_P(Rules, SecondFactorWaitTest,
    testing::Values(WaitCase{0, 0s, {}}, WaitCase{4, 0s, {}}, WaitCase{5, 0s, 30s}, WaitCase{5, 10s, 20s},
        WaitCase{5, 30s, {}}, WaitCase{6, 0s, 60s}, WaitCase{8, 0s, 240s}, WaitCase{12, 0s, 3600s},
        WaitCase{500, 0s, 3600s}, WaitCase{500, 3600s, {}}));

TEST(SecondFactorLimit, NoWaitWithoutAFailureTime)
{
    EXPECT_FALSE(second_factor_wait(SecondFactorPolicy{}, {7, std::nullopt}, now));
}

TEST(SecondFactorLimit, SessionEndsAtTheFifthWrongCode)
{
    SecondFactorPolicy const policy;
    EXPECT_FALSE(session_exhausted(policy, 4));
    EXPECT_TRUE(session_exhausted(policy, 5));
    EXPECT_TRUE(session_exhausted(policy, 6));
}

TEST(SecondFactorLimit, AlertAtEveryFifthWrongCode)
{
    SecondFactorPolicy const policy;
    for (std::int64_t count : {0, 1, 4, 6, 9})
        EXPECT_FALSE(alert_due(policy, count)) << count;
    for (std::int64_t count : {5, 10, 15})
        EXPECT_TRUE(alert_due(policy, count)) << count;
    EXPECT_FALSE(alert_due(SecondFactorPolicy{.alert_every = 0}, 5));
}

} // namespace
} // namespace bolwerk::domain
