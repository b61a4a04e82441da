#include "cli/arguments.hpp"

#include <gtest/gtest.h>

namespace bolwerk::cli {
namespace {

Result<Arguments> parse(std::vector<std::string> const& words, std::size_t positional = 0)
{
    return Arguments::parse(words, {"--name", "--kind"}, positional);
}

TEST(Arguments, ReadsFlagsInBothSpellings)
{
    auto const arguments = parse({"--name", "Gemeente X", "--kind=gemeente"});
    ASSERT_TRUE(arguments);
    EXPECT_EQ(arguments->flag("--name"), "Gemeente X");
    EXPECT_EQ(arguments->flag("--kind"), "gemeente");
    EXPECT_EQ(arguments->flag("--oin"), std::nullopt);
}

TEST(Arguments, UnknownFlagIsAUsageErrorWithSuggestion)
{
    auto const arguments = parse({"--nam", "X"});
    ASSERT_FALSE(arguments);
    EXPECT_TRUE(is_usage_error(arguments.error()));
    EXPECT_NE(arguments.error().message().find("did you mean '--name'"), std::string::npos);
}

TEST(Arguments, MissingValueAndWrongPositionalCountAreUsageErrors)
{
    EXPECT_TRUE(is_usage_error(parse({"--name"}).error()));
    EXPECT_TRUE(is_usage_error(parse({"extra"}).error()));
    EXPECT_TRUE(is_usage_error(parse({}, 1).error()));
    EXPECT_EQ(parse({"12"}, 1)->positional(0), "12");
}

TEST(Arguments, RequiredFlagNamesTheFlag)
{
    auto const arguments = parse({});
    auto const name = arguments->required_flag("--name");
    ASSERT_FALSE(name);
    EXPECT_NE(name.error().message().find("--name"), std::string::npos);
}

} // namespace
} // namespace bolwerk::cli
