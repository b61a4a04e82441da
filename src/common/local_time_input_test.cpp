#include "common/local_time_input.hpp"

#include <gtest/gtest.h>

namespace bolwerk {
namespace {

using namespace std::chrono;

TEST(LocalTimeInput, ReadsDutchWallClockTimesAndRfc3339)
{
    struct Case {
        std::string_view text;
        Timestamp expected;
    };
    Case const cases[]{
        {"2026-12-07T14:05", sys_days{2026y / December / 7} + 13h + 5min}, // CET
        {"2026-12-07 14:05", sys_days{2026y / December / 7} + 13h + 5min},
        {"2026-07-01T14:05:30", sys_days{2026y / July / 1} + 12h + 5min + 30s}, // CEST
        {"2026-03-29T02:30", sys_days{2026y / March / 29} + 1h + 30min}, // skipped: read as 03:30 CEST
        {"2026-10-25T02:30", sys_days{2026y / October / 25} + 30min}, // repeated: the first (CEST)
        {"2026-12-07T13:05:00Z", sys_days{2026y / December / 7} + 13h + 5min},
        {"  2026-12-07 14:05 ", sys_days{2026y / December / 7} + 13h + 5min},
    };
    for (auto const& test : cases) {
        auto const parsed = parse_local_date_time(test.text, "noticed_at");
        ASSERT_TRUE(parsed) << test.text << ": " << parsed.error().to_string();
        EXPECT_EQ(*parsed, test.expected) << test.text;
    }
}

TEST(LocalTimeInput, RefusesWhatIsNotADateAndTimeNamingTheField)
{
    for (auto const text : {"", "gisteren", "2026-12-07", "2026-13-01T10:00", "2026-02-30T10:00", "2026-12-07T24:00",
             "2026-12-07T10:60", "2026/12/07 10:00", "2026-12-07T10:00:00+01:00", "2026-12-07T10:00:00+0x:00",
             "2026-12-07X10:00Z", "2026-12-07Tab:cd"}) {
        auto const parsed = parse_local_date_time(text, "noticed_at");
        ASSERT_FALSE(parsed) << text;
        EXPECT_EQ(parsed.error().kind(), ErrorKind::Invalid);
        EXPECT_EQ(parsed.error().location().field, "noticed_at") << text;
    }
}

TEST(LocalTimeInput, FormatsTheValueADatetimeLocalFieldShows)
{
    EXPECT_EQ(format_local_date_time_input(sys_days{2026y / December / 7} + 13h + 5min + 59s), "2026-12-07T14:05");
    EXPECT_EQ(format_local_date_time_input(sys_days{2026y / July / 1} + 22h + 30min), "2026-07-02T00:30");
}

} // namespace
} // namespace bolwerk
