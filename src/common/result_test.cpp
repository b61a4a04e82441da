#include "common/result.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace bolwerk {
namespace {

Result<int> parse_positive(int value)
{
    if (value <= 0)
        return Error::invalid("not positive", {.field = "value"});
    return value;
}

Result<int> doubled_positive(int value)
{
    int const checked = TRY(parse_positive(value));
    return checked * 2;
}

Result<void> check_positive(int value)
{
    TRY(parse_positive(value));
    return ok();
}

TEST(Result, TryPassesValueOnAndReturnsErrorEarly)
{
    EXPECT_EQ(*doubled_positive(21), 42);
    auto const failed = doubled_positive(-1);
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(failed.error().kind(), ErrorKind::Invalid);
    EXPECT_EQ(failed.error().location().field, "value");
    EXPECT_TRUE(check_positive(1).has_value());
    EXPECT_FALSE(check_positive(0).has_value());
}

TEST(Result, AndThenAndTransformChainOnlyOnSuccess)
{
    auto const mapped = parse_positive(3).transform([](int v) { return std::to_string(v); });
    EXPECT_EQ(*mapped, "3");
    auto const chained = parse_positive(-3).and_then([](int v) { return parse_positive(v - 10); });
    EXPECT_EQ(chained.error().message(), "not positive");
}

TEST(Result, HoldsMoveOnlyValues)
{
    Result<std::unique_ptr<int>> result(std::make_unique<int>(7));
    auto owned = std::move(result).value();
    EXPECT_EQ(*owned, 7);
}

TEST(Result, AccessingTheWrongSideAborts)
{
    EXPECT_DEATH((void)parse_positive(-1).value(), "assertion");
    EXPECT_DEATH((void)parse_positive(1).error(), "assertion");
}

TEST(Error, ToStringNamesWhereBeforeWhat)
{
    EXPECT_EQ(Error::invalid("empty", {.source = "items.csv", .field = "id", .line = 12}).to_string(),
        "items.csv:12: field 'id': empty");
    EXPECT_EQ(Error::invalid("bad", {.line = 3, .column = 7}).to_string(), "line 3:7: bad");
    EXPECT_EQ(Error::not_found("gone").to_string(), "gone");
    EXPECT_EQ(Error::conflict("stale").with_context("saving").message(), "saving: stale");
}

} // namespace
} // namespace bolwerk
