#include "common/text.hpp"

#include <gtest/gtest.h>

namespace bolwerk {
namespace {

TEST(Text, TrimsSpaceAndLowersAscii)
{
    EXPECT_EQ(trim("  a b \r\n"), "a b");
    EXPECT_EQ(trim(""), "");
    EXPECT_EQ(to_ascii_lower("Gemeente ÉÉN"), "gemeente ÉÉn");
}

TEST(Text, SplitsKeepingEmptyParts)
{
    auto const parts = split("a,,b", ',');
    ASSERT_EQ(parts.size(), 3u);
    EXPECT_EQ(parts[1], "");
    EXPECT_EQ(split("", ',').size(), 1u);
}

TEST(Text, EditDistanceCountsEdits)
{
    EXPECT_EQ(edit_distance("migrate", "migrate"), 0u);
    EXPECT_EQ(edit_distance("migrat", "migrate"), 1u);
    EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
    EXPECT_EQ(edit_distance("", "abc"), 3u);
}

TEST(Text, NearestWordSuggestsTyposButNotStrangers)
{
    std::vector<std::string_view> const words{"version", "migrate", "demo", "org list"};
    EXPECT_EQ(nearest_word("migarte", words), "migrate");
    EXPECT_EQ(nearest_word("verison", words), "version");
    EXPECT_EQ(nearest_word("org lst", words), "org list");
    EXPECT_EQ(nearest_word("xyzzy", words), std::nullopt);
}

TEST(Text, EscapesXmlSpecialCharacters)
{
    EXPECT_EQ(escape_xml("<script>alert('x') & \"y\"</script>"),
        "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    EXPECT_EQ(escape_xml("gewoon"), "gewoon");
}

TEST(Text, RecognisesAsciiDigits)
{
    EXPECT_TRUE(is_ascii_digits("0123"));
    EXPECT_FALSE(is_ascii_digits(""));
    EXPECT_FALSE(is_ascii_digits("12a"));
}

TEST(Text, ReplacesEveryOccurrenceWithoutRescanning)
{
    EXPECT_EQ(replace_all("a.b.c", ".", "_"), "a_b_c");
    EXPECT_EQ(replace_all("aa", "a", "aa"), "aaaa");
    EXPECT_EQ(replace_all("abc", "", "x"), "abc");
}

TEST(Text, FillsNamedPlaceholdersAndLeavesUnknownOnes)
{
    EXPECT_EQ(fill("{first}–{last} van {total}", {{"first", "1"}, {"last", "20"}, {"total", "25"}}), "1–20 van 25");
    EXPECT_EQ(fill("{count} {count} {other}", {{"count", "2"}}), "2 2 {other}");
    // A value is never expanded again, whatever it contains.
    EXPECT_EQ(fill("{name} ({id})", {{"name", "Jan {id}"}, {"id", "7"}}), "Jan {id} (7)");
    EXPECT_EQ(fill("{a", {{"a", "x"}}), "{a");
}

} // namespace
} // namespace bolwerk
