#include "importers/source_reader.hpp"
#include "importers/source_text.hpp"

#include <gtest/gtest.h>

namespace bolwerk::importers {
namespace {

TEST(SourceText, SplitsLfAndCrlfWithLineNumbers)
{
    auto const lines = split_lines("a\r\nb\n\nc");
    ASSERT_EQ(lines.size(), 4u);
    EXPECT_EQ(lines[0].text, "a");
    EXPECT_EQ(lines[2].text, "");
    EXPECT_EQ(lines[3].number, 4u);
}

TEST(SourceText, ChecksUtf8AndNamesTheLine)
{
    EXPECT_TRUE(check_utf8("hygi\xc3\xabne \xe2\x80\x93 ok", "x"));
    struct Case {
        char const* text;
        std::uint64_t line;
    };
    Case const cases[]
        = {{"\xff", 1}, {"a\nb\n\xc3", 3}, {"\xc0\xaf", 1}, {"\xed\xa0\x80", 1}, {"ok\n\xf4\x90\x80\x80", 2}};
    for (auto const& c : cases) {
        auto const checked = check_utf8(c.text, "x");
        ASSERT_FALSE(checked) << c.text;
        EXPECT_EQ(checked.error().location().line, c.line);
    }
}

TEST(SourceReader, RefusesOtherSchemesAndMissingFiles)
{
    for (auto const* location : {"http://example.org/a.md", "ftp://example.org/a.md", "file:///etc/passwd"}) {
        auto const read = read_source(location);
        ASSERT_FALSE(read) << location;
        EXPECT_EQ(read.error().kind(), ErrorKind::Invalid) << location;
    }
    auto const missing = read_source("/nonexistent/catalog.md");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind(), ErrorKind::NotFound);
}

TEST(SourceReader, UnreachableHostIsUnavailable)
{
    // Port 1 on the loopback address refuses connections at once, without any network.
    auto const fetched = fetch_https("https://127.0.0.1:1/catalog.md");
    ASSERT_FALSE(fetched);
    EXPECT_EQ(fetched.error().kind(), ErrorKind::Unavailable);
}

} // namespace
} // namespace bolwerk::importers
