#include "common/integer_text.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>

namespace bolwerk {
namespace {

struct Case {
    std::string_view text;
    std::optional<std::int64_t> expected;
};

TEST(ParseInteger, TakesTheWholeTextOrNothing)
{
    Case const cases[] = {
        {"0", 0}, {"42", 42}, {"007", 7}, {"-12", -12},
        {"9223372036854775807", std::numeric_limits<std::int64_t>::max()},
        {"-9223372036854775808", std::numeric_limits<std::int64_t>::min()},
        {"9223372036854775808", std::nullopt}, // overflow
        {"-9223372036854775809", std::nullopt}, // underflow
        {"", std::nullopt}, // empty
        {"-", std::nullopt}, {"+5", std::nullopt}, // no plus sign
        {" 5", std::nullopt}, // no spaces
        {"5 ", std::nullopt}, {"12abc", std::nullopt}, // trailing junk
        {"1.5", std::nullopt}, {"0x10", std::nullopt}, {"abc", std::nullopt},
        {"\xd9\xa3", std::nullopt}, // an Arabic-Indic digit is not a digit here
    };
    for (auto const& [text, expected] : cases)
        EXPECT_EQ(parse_integer(text), expected) << "'" << text << "'";
}

TEST(ParseInteger, RefusesWhatDoesNotFitTheType)
{
    EXPECT_EQ(parse_integer<int>("2147483647"), std::numeric_limits<int>::max());
    EXPECT_EQ(parse_integer<int>("2147483648"), std::nullopt);
    EXPECT_EQ(parse_integer<int>("-2147483649"), std::nullopt);
    EXPECT_EQ(parse_integer<unsigned>("-1"), std::nullopt);
    EXPECT_EQ(parse_integer<std::uint8_t>("255"), std::uint8_t{255});
    EXPECT_EQ(parse_integer<std::uint8_t>("256"), std::nullopt);
}

} // namespace
} // namespace bolwerk
