#include "importers/findings/report_text.hpp"

#include <gtest/gtest.h>

namespace bolwerk::importers::findings {
namespace {

TEST(ReportText, ParsesTheTimeFormatsOfReports)
{
    struct Case {
        std::string_view text;
        std::string_view expected; // format_timestamp, or "" for nullopt
    };
    Case const cases[] = {
        {"2021-08-25T12:20:30.000000005Z", "2021-08-25T12:20:30.000000Z"},
        {"2021-12-10T10:43:15+01:00", "2021-12-10T09:43:15.000000Z"},
        {"2019-05-24T14:48:50.943450+00:00", "2019-05-24T14:48:50.943450Z"},
        {"2023-09-28T14:48:02Z", "2023-09-28T14:48:02.000000Z"},
        {"Wed, 29 Oct 2025 10:53:54", "2025-10-29T10:53:54.000000Z"},
        {"Tue Jan 26 13:41:29 2021", "2021-01-26T13:41:29.000000Z"},
        {"1611668489", "2021-01-26T13:41:29.000000Z"},
        {"2021-02-30T00:00:00Z", ""},
        {"yesterday", ""},
        {"", ""},
        {"2021-08-25T12:20:30+1", ""},
    };
    for (auto const& test : cases) {
        auto const time = parse_report_time(test.text);
        EXPECT_EQ(time ? format_timestamp(*time) : std::string(), test.expected) << test.text;
    }
}

TEST(ReportText, BoundsTextAtACharacterBoundary)
{
    EXPECT_EQ(bounded_text("short", 10), "short");
    auto const cut = bounded_text("aaaa\xC3\xA9\xC3\xA9\xC3\xA9", 8);
    EXPECT_LE(cut.size(), 8u);
    EXPECT_EQ(cut, "aaaa\xE2\x80\xA6");
}

TEST(ReportText, StripsHtml)
{
    EXPECT_EQ(plain_text("<p>A timestamp</p><p>was  disclosed</p>\n"), "A timestamp was disclosed");
}

TEST(ReportText, FindsCveAndCweIds)
{
    EXPECT_EQ(cve_ids_in("fixes CVE-2021-44228 and CVE-2021-45046, CVE-2021-44228 again, not CVE-21-1"),
        (std::vector<std::string>{"CVE-2021-44228", "CVE-2021-45046"}));
    EXPECT_EQ(cwe_id("79"), "CWE-79");
    EXPECT_EQ(cwe_id("CWE-200"), "CWE-200");
    EXPECT_EQ(cwe_id("-1"), "");
    EXPECT_EQ(cwe_id("0"), "");
    EXPECT_EQ(cwe_id(""), "");
}

} // namespace
} // namespace bolwerk::importers::findings
