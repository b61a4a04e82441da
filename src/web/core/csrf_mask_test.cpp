// Issue #12 item 6: the CSRF token differs in every compressed page (BREACH) and is
// still recognised.
#include "web/core/csrf_mask.hpp"

#include <gtest/gtest.h>

#include <set>

namespace bolwerk::web {
namespace {

constexpr std::string_view token = "q0Zk3b1vYw8J4m2nXc7rT5sA9dE6fG1hI0jK2lM3nOp";

TEST(CsrfMask, EveryMaskIsNewAndMatchesTheToken)
{
    std::set<std::string> seen;
    for (int i = 0; i < 50; ++i) {
        auto const masked = mask_csrf_token(token);
        EXPECT_EQ(masked.size(), token.size() * 4);
        EXPECT_EQ(masked.find(token), std::string::npos) << "the token itself is not in the page";
        EXPECT_TRUE(csrf_token_matches(masked, token));
        seen.insert(masked);
    }
    EXPECT_EQ(seen.size(), 50U);
}

TEST(CsrfMask, RefusesWhatIsNotTheToken)
{
    auto const other = std::string("x") + std::string(token.substr(1));
    EXPECT_FALSE(csrf_token_matches(mask_csrf_token(other), token));
    EXPECT_TRUE(csrf_token_matches(token, token)) << "the token as it is (API header, older pages)";
    EXPECT_FALSE(csrf_token_matches("", token));
    EXPECT_FALSE(csrf_token_matches("", ""));
    EXPECT_FALSE(csrf_token_matches(mask_csrf_token(""), ""));
    auto masked = mask_csrf_token(token);
    masked[3] = masked[3] == 'a' ? 'b' : 'a';
    EXPECT_FALSE(csrf_token_matches(masked, token)) << "a changed pad";
    masked = mask_csrf_token(token);
    masked[0] = 'G';
    EXPECT_FALSE(csrf_token_matches(masked, token)) << "not hex";
    EXPECT_FALSE(csrf_token_matches(std::string(token.size() * 4, '0'), token));
}

} // namespace
} // namespace bolwerk::web
