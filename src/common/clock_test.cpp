#include "common/clock.hpp"

#include <gtest/gtest.h>

namespace bolwerk {
namespace {

TEST(Timestamp, FormatsFixedWidthUtcAndParsesBack)
{
    using namespace std::chrono;
    Timestamp const time = sys_days{2026y / November / 25} + 1h + 29min + 52s + 123456us;
    EXPECT_EQ(format_timestamp(time), "2026-11-25T01:29:52.123456Z");
    EXPECT_EQ(*parse_timestamp("2026-11-25T01:29:52.123456Z"), time);
}

TEST(Timestamp, ParsesShorterFractionsAndNone)
{
    using namespace std::chrono;
    Timestamp const base = sys_days{2025y / September / 24} + 12h;
    EXPECT_EQ(*parse_timestamp("2025-09-24T12:00:00Z"), base);
    EXPECT_EQ(*parse_timestamp("2025-09-24T12:00:00.5Z"), base + 500ms);
}

TEST(Timestamp, RejectsMalformedText)
{
    for (auto const* text : {"", "2026-11-25", "2026-11-25 01:29:52Z", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z",
             "2026-11-25T25:00:00Z", "2026-11-25T01:29:52+01:00", "2026-11-25T01:29:52.Z",
             "2026-11-25T01:29:52.1234567Z", "2026-11-25T01:29:5xZ"}) {
        auto const parsed = parse_timestamp(text);
        EXPECT_FALSE(parsed.has_value()) << text;
        if (!parsed) {
            EXPECT_EQ(parsed.error().kind(), ErrorKind::Invalid);
        }
    }
}

TEST(Date, FormatsAndParsesCalendarDays)
{
    using namespace std::chrono;
    Date const date = sys_days{2027y / February / 28};
    EXPECT_EQ(format_date(date), "2027-02-28");
    EXPECT_EQ(*parse_date("2027-02-28"), date);
    for (auto const* text : {"2027-02-29", "2027-2-28", "28-02-2027", "2027-02-28T00:00:00Z", ""})
        EXPECT_FALSE(parse_date(text).has_value()) << text;
}

TEST(FixedClock, MovesOnlyWhenAdvanced)
{
    FixedClock clock(Timestamp{std::chrono::seconds{100}});
    EXPECT_EQ(clock.now(), clock.now());
    clock.advance(std::chrono::seconds{5});
    EXPECT_EQ(clock.now(), Timestamp{std::chrono::seconds{105}});
}

} // namespace
} // namespace bolwerk
