#include "common/utf8.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bolwerk {
namespace {

struct Utf8Case {
    std::string name;
    std::string text;
    std::optional<std::size_t> first_invalid;
};

TEST(Utf8, AcceptsWellFormedTextAndFindsTheFirstBadByte)
{
    std::vector<Utf8Case> const cases{
        {"empty", "", std::nullopt},
        {"ascii", "Gemeente Utrecht", std::nullopt},
        {"two-byte", "\xC3\xA9\xC3\xA9n", std::nullopt},
        {"three-byte euro", "\xE2\x82\xAC 5", std::nullopt},
        {"four-byte", "\xF0\x9F\x94\x92", std::nullopt},
        {"highest code point", "\xF4\x8F\xBF\xBF", std::nullopt},
        {"last before surrogates", "\xED\x9F\xBF", std::nullopt},
        {"ff fe", "\xFF\xFE", 0},
        {"overlong slash", "a\xC0\xAF", 1},
        {"overlong two-byte c1", "\xC1\xBF", 0},
        {"overlong three-byte", "\xE0\x80\xAF", 0},
        {"overlong four-byte", "\xF0\x80\x80\xAF", 0},
        {"high surrogate", "ab\xED\xA0\x80", 2},
        {"low surrogate", "\xED\xBF\xBF", 0},
        {"beyond U+10FFFF", "\xF4\x90\x80\x80", 0},
        {"f5 lead", "\xF5\x80\x80\x80", 0},
        {"truncated euro", "x\xE2\x82", 1},
        {"truncated at the end", "\xF0\x9F\x94", 0},
        {"stray continuation", "a\x80", 1},
        {"lead then ascii", "\xC3(", 0},
    };
    for (auto const& test : cases) {
        EXPECT_EQ(first_invalid_utf8(test.text), test.first_invalid) << test.name;
        EXPECT_EQ(is_valid_utf8(test.text), !test.first_invalid) << test.name;
    }
}

TEST(Utf8, ReplacesEachBadByteWithTheReplacementCharacter)
{
    EXPECT_EQ(replace_invalid_utf8("caf\xC3\xA9"), "caf\xC3\xA9");
    EXPECT_EQ(replace_invalid_utf8("a\xFF"
                                   "b"),
        "a\xEF\xBF\xBD"
        "b");
    EXPECT_EQ(replace_invalid_utf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    EXPECT_TRUE(is_valid_utf8(replace_invalid_utf8("\xE2\x82")));
}

} // namespace
} // namespace bolwerk
