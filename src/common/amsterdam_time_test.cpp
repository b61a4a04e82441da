#include "common/amsterdam_time.hpp"

#include "common/local_time_format.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>

namespace bolwerk {
namespace {

using namespace std::chrono;

Timestamp utc(std::string_view text) { return parse_timestamp(text).value(); }

LocalTime local(sys_days day, hours hour, minutes minute = minutes{0})
{
    return LocalTime{day.time_since_epoch()} + hour + minute;
}

std::string local_text(Timestamp time)
{
    auto const shown = to_amsterdam(time);
    // Reuse the UTC formatter on the local wall-clock value; the Z is dropped.
    auto text = format_timestamp(Timestamp{shown.time_since_epoch()});
    return text.substr(0, 19) + " " + std::string(amsterdam_zone_abbreviation(time));
}

TEST(AmsterdamTime, SummerTimeStartsAndEndsOnTheLastSundaysAtOneUtc)
{
    struct Case {
        int year;
        std::string_view start;
        std::string_view end;
    };
    Case const cases[]{
        {2024, "2024-03-31T01:00:00Z", "2024-10-27T01:00:00Z"},
        {2025, "2025-03-30T01:00:00Z", "2025-10-26T01:00:00Z"},
        {2026, "2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z"},
        {2027, "2027-03-28T01:00:00Z", "2027-10-31T01:00:00Z"},
        {2028, "2028-03-26T01:00:00Z", "2028-10-29T01:00:00Z"},
    };
    for (auto const& test : cases) {
        auto const [start, end] = summer_time_period(year{test.year});
        EXPECT_EQ(start, utc(test.start)) << test.year;
        EXPECT_EQ(end, utc(test.end)) << test.year;
    }
}

TEST(AmsterdamTime, ConvertsUtcToTheDutchWallClock)
{
    struct Case {
        std::string_view utc;
        std::string_view local;
    };
    Case const cases[]{
        {"2026-01-15T12:00:00Z", "2026-01-15T13:00:00 CET"},
        {"2026-07-15T12:00:00Z", "2026-07-15T14:00:00 CEST"},
        // The missing hour: 01:59:59 CET is followed by 03:00:00 CEST.
        {"2026-03-29T00:59:59Z", "2026-03-29T01:59:59 CET"},
        {"2026-03-29T01:00:00Z", "2026-03-29T03:00:00 CEST"},
        // The doubled hour: 02:59:59 CEST is followed by 02:00:00 CET.
        {"2026-10-25T00:00:00Z", "2026-10-25T02:00:00 CEST"},
        {"2026-10-25T00:59:59Z", "2026-10-25T02:59:59 CEST"},
        {"2026-10-25T01:00:00Z", "2026-10-25T02:00:00 CET"},
        {"2026-10-25T01:59:59Z", "2026-10-25T02:59:59 CET"},
        // Day, month, leap-day and year boundaries.
        {"2026-12-06T23:30:00Z", "2026-12-07T00:30:00 CET"},
        {"2026-06-30T22:00:00Z", "2026-07-01T00:00:00 CEST"},
        {"2024-02-29T23:00:00Z", "2024-03-01T00:00:00 CET"},
        {"2027-12-31T23:00:00Z", "2028-01-01T00:00:00 CET"},
    };
    for (auto const& test : cases)
        EXPECT_EQ(local_text(utc(test.utc)), test.local) << test.utc;
}

TEST(AmsterdamTime, ResolvesSkippedAndRepeatedWallClockTimes)
{
    struct Case {
        LocalTime local;
        LocalTimeKind kind;
        std::string_view earliest;
        std::string_view latest;
    };
    constexpr sys_days spring{2026y / March / 29};
    constexpr sys_days autumn{2026y / October / 25};
    Case const cases[]{
        {local(spring, hours{1}, minutes{59}), LocalTimeKind::Unique, "2026-03-29T00:59:00Z", "2026-03-29T00:59:00Z"},
        // 02:00–02:59 does not exist; RFC 5545 3.3.5 reads it with the offset before the gap.
        {local(spring, hours{2}), LocalTimeKind::Skipped, "2026-03-29T01:00:00Z", "2026-03-29T01:00:00Z"},
        {local(spring, hours{2}, minutes{30}), LocalTimeKind::Skipped, "2026-03-29T01:30:00Z", "2026-03-29T01:30:00Z"},
        {local(spring, hours{3}), LocalTimeKind::Unique, "2026-03-29T01:00:00Z", "2026-03-29T01:00:00Z"},
        {local(autumn, hours{1}, minutes{59}), LocalTimeKind::Unique, "2026-10-24T23:59:00Z", "2026-10-24T23:59:00Z"},
        // 02:00–02:59 happens twice: first in CEST, then in CET.
        {local(autumn, hours{2}), LocalTimeKind::Repeated, "2026-10-25T00:00:00Z", "2026-10-25T01:00:00Z"},
        {local(autumn, hours{2}, minutes{30}), LocalTimeKind::Repeated, "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z"},
        {local(autumn, hours{3}), LocalTimeKind::Unique, "2026-10-25T02:00:00Z", "2026-10-25T02:00:00Z"},
    };
    for (auto const& test : cases) {
        auto const mapping = resolve_amsterdam(test.local);
        EXPECT_EQ(mapping.kind, test.kind) << format_timestamp(mapping.earliest);
        EXPECT_EQ(mapping.earliest, utc(test.earliest)) << test.earliest;
        EXPECT_EQ(mapping.latest, utc(test.latest)) << test.latest;
        EXPECT_EQ(from_amsterdam(test.local), utc(test.earliest));
    }
}

TEST(AmsterdamTime, LocalMidnightAndTheLengthOfClockChangeDays)
{
    EXPECT_EQ(amsterdam_midnight(sys_days{2026y / March / 29}), utc("2026-03-28T23:00:00Z"));
    EXPECT_EQ(amsterdam_midnight(sys_days{2026y / March / 30}), utc("2026-03-29T22:00:00Z"));
    EXPECT_EQ(amsterdam_midnight(sys_days{2026y / October / 25}), utc("2026-10-24T22:00:00Z"));
    EXPECT_EQ(amsterdam_midnight(sys_days{2026y / October / 26}), utc("2026-10-25T23:00:00Z"));
    EXPECT_EQ(amsterdam_date(utc("2026-12-06T23:30:00Z")), sys_days{2026y / December / 7});
    EXPECT_EQ(amsterdam_date(utc("2026-12-06T22:59:59Z")), sys_days{2026y / December / 6});
}

TEST(AmsterdamTime, AddsLocalMonthsKeepingTheWallClockAndClampingMonthEnds)
{
    struct Case {
        std::string_view from;
        int months;
        std::string_view to;
    };
    Case const cases[]{
        {"2026-12-07T13:05:00Z", 1, "2027-01-07T13:05:00Z"}, // 14:05 CET -> 14:05 CET
        {"2026-01-31T13:05:00Z", 1, "2026-02-28T13:05:00Z"},
        {"2028-01-31T13:05:00Z", 1, "2028-02-29T13:05:00Z"}, // leap year
        {"2026-03-10T13:05:00Z", 1, "2026-04-10T12:05:00Z"}, // 14:05 CET -> 14:05 CEST
        {"2026-10-10T12:05:00Z", 1, "2026-11-10T13:05:00Z"}, // 14:05 CEST -> 14:05 CET
        {"2027-02-28T01:30:00Z", 1, "2027-03-28T01:30:00Z"}, // 02:30 CET -> skipped 02:30 -> 03:30 CEST
        {"2026-09-25T00:30:00Z", 1, "2026-10-25T00:30:00Z"}, // 02:30 CEST -> the first 02:30
        {"2026-05-31T10:00:00Z", -3, "2026-02-28T11:00:00Z"},
    };
    for (auto const& test : cases)
        EXPECT_EQ(add_local_months(utc(test.from), test.months), utc(test.to)) << test.from;
}

// Checks the computed rule against the system's tz database, where there is one: every
// hour from 2000 to 2037 (where 32-bit time_t ends) must get the same offset.
TEST(AmsterdamTime, AgreesWithTheSystemTimeZoneDatabase)
{
    if (!std::filesystem::exists("/usr/share/zoneinfo/Europe/Amsterdam"))
        GTEST_SKIP() << "no /usr/share/zoneinfo/Europe/Amsterdam on this machine";
    ::setenv("TZ", "Europe/Amsterdam", 1);
    ::tzset();
    auto time = utc("2000-01-01T00:30:00Z");
    auto const end = utc("2037-12-31T00:00:00Z");
    int mismatches = 0;
    for (; time < end && mismatches < 5; time += hours{1}) {
        std::time_t const seconds_since_epoch = system_clock::to_time_t(time_point_cast<seconds>(time));
        std::tm shown{};
        ::localtime_r(&seconds_since_epoch, &shown);
        if (minutes{shown.tm_gmtoff / 60} != amsterdam_utc_offset(time)) {
            ++mismatches;
            ADD_FAILURE() << "offset differs at " << format_timestamp(time);
        }
    }
    ::unsetenv("TZ");
    ::tzset();
}

} // namespace
} // namespace bolwerk
