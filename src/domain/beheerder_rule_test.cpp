#include "domain/beheerder_rule.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace bolwerk::domain {
namespace {

TEST(BeheerderRule, TheLastBeheerderCannotLeave)
{
    std::vector<UserId> const one{UserId(4)};
    auto const refused = keep_a_beheerder(one, UserId(4));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Conflict);
    EXPECT_NE(refused.error().message().find("last beheerder"), std::string::npos);
}

TEST(BeheerderRule, OneOfTwoMayLeave)
{
    std::vector<UserId> const two{UserId(4), UserId(7)};
    EXPECT_TRUE(keep_a_beheerder(two, UserId(4)));
    EXPECT_TRUE(keep_a_beheerder(two, UserId(7)));
}

TEST(BeheerderRule, SomeoneWhoIsNoBeheerderAlwaysMay)
{
    std::vector<UserId> const one{UserId(4)};
    EXPECT_TRUE(keep_a_beheerder(one, UserId(9)));
    EXPECT_TRUE(keep_a_beheerder({}, UserId(9))) << "an organisation without a beheerder loses none";
}

} // namespace
} // namespace bolwerk::domain
