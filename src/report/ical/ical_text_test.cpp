#include "report/ical/ical_text.hpp"

#include <gtest/gtest.h>

namespace bolwerk::report::ical {
namespace {

TEST(IcalText, EscapesTextValues)
{
    struct Case {
        std::string_view text;
        std::string_view escaped;
    };
    Case const cases[]{
        {"plain", "plain"},
        {"a,b;c\\d", "a\\,b\\;c\\\\d"},
        {"line\nnext", "line\\nnext"},
        {"line\r\nnext\rlast", "line\\nnext\\nlast"},
        {"tab\there", "tab\there"},
        {std::string_view("bell\a null\0 end", 15), "bell null end"},
        {"Überprüfung: 5.18.02", "Überprüfung: 5.18.02"},
        {"\\n is not a newline", "\\\\n is not a newline"},
    };
    for (auto const& test : cases)
        EXPECT_EQ(escape_text(test.text), test.escaped) << test.text;
}

TEST(IcalText, FoldsAt75OctetsWithoutSplittingCharacters)
{
    EXPECT_EQ(fold_line("SUMMARY:kort"), "SUMMARY:kort\r\n");
    std::string const exactly(75, 'a');
    EXPECT_EQ(fold_line(exactly), exactly + "\r\n");
    std::string const one_more(76, 'a');
    EXPECT_EQ(fold_line(one_more), std::string(75, 'a') + "\r\n a\r\n");
    // 75 + 74 + 74 + rest: continuation lines hold the space and 74 octets.
    std::string const long_line(75 + 74 + 74 + 3, 'x');
    auto const folded = fold_line(long_line);
    EXPECT_EQ(folded,
        std::string(75, 'x') + "\r\n " + std::string(74, 'x') + "\r\n " + std::string(74, 'x') + "\r\n xxx\r\n");
    // "é" is two octets; at octet 75 it would be cut in half, so the fold comes before it.
    std::string const accented = std::string(74, 'a') + "é" + "b";
    EXPECT_EQ(fold_line(accented), std::string(74, 'a') + "\r\n éb\r\n");
    // A four-octet character across the boundary.
    std::string const emoji = std::string(73, 'a') + "\xF0\x9F\x94\x92" + "z";
    EXPECT_EQ(fold_line(emoji), std::string(73, 'a') + "\r\n \xF0\x9F\x94\x92z\r\n");
}

TEST(IcalText, EveryPhysicalLineStaysWithin75Octets)
{
    std::string line = "DESCRIPTION:";
    for (int index = 0; index < 300; ++index)
        line += index % 3 == 0 ? "ë" : "x";
    auto const folded = fold_line(line);
    std::size_t start = 0;
    std::string unfolded;
    while (start < folded.size()) {
        auto const end = folded.find("\r\n", start);
        ASSERT_NE(end, std::string::npos);
        EXPECT_LE(end - start, 75u);
        auto const piece = folded.substr(start, end - start);
        unfolded += start == 0 ? piece : piece.substr(1);
        start = end + 2;
    }
    EXPECT_EQ(unfolded, line);
    EXPECT_TRUE(is_plain_value("https://voorbeeld.nl/a"));
    EXPECT_FALSE(is_plain_value("https://voorbeeld.nl/\r\nX-EVIL:1"));
}

} // namespace
} // namespace bolwerk::report::ical
