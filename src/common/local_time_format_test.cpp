#include "common/local_time_format.hpp"

#include <gtest/gtest.h>

namespace bolwerk {
namespace {

using namespace std::chrono;

Timestamp utc(std::string_view text) { return parse_timestamp(text).value(); }

TEST(LocalTimeFormat, WritesDutchAndEnglishDatesAndTimes)
{
    struct Case {
        std::string_view utc;
        Language language;
        ZoneLabel label;
        std::string_view expected;
    };
    Case const cases[]{
        {"2026-12-07T13:05:00Z", Language::Dutch, ZoneLabel::None, "7 december 2026 14:05"},
        {"2026-12-07T13:05:00Z", Language::English, ZoneLabel::None, "7 December 2026 14:05"},
        {"2026-12-07T13:05:59Z", Language::Dutch, ZoneLabel::Abbreviation, "7 december 2026 14:05 CET"},
        {"2026-07-01T08:00:00Z", Language::English, ZoneLabel::Abbreviation, "1 July 2026 10:00 CEST"},
        {"2026-03-29T01:00:00Z", Language::Dutch, ZoneLabel::Abbreviation, "29 maart 2026 03:00 CEST"},
        {"2026-10-25T00:30:00Z", Language::Dutch, ZoneLabel::Abbreviation, "25 oktober 2026 02:30 CEST"},
        {"2026-10-25T01:30:00Z", Language::Dutch, ZoneLabel::Abbreviation, "25 oktober 2026 02:30 CET"},
        {"2026-12-31T23:00:00Z", Language::Dutch, ZoneLabel::None, "1 januari 2027 00:00"},
        {"2026-05-05T10:00:00Z", Language::Dutch, ZoneLabel::None, "5 mei 2026 12:00"},
    };
    for (auto const& test : cases)
        EXPECT_EQ(format_local_date_time(utc(test.utc), test.language, test.label), test.expected) << test.utc;
}

TEST(LocalTimeFormat, WritesDays)
{
    EXPECT_EQ(format_local_date(sys_days{2028y / February / 29}, Language::Dutch), "29 februari 2028");
    EXPECT_EQ(format_local_date(sys_days{2028y / February / 29}, Language::English), "29 February 2028");
}

TEST(LocalTimeFormat, WritesCountdownsWithAtMostTwoUnits)
{
    struct Case {
        seconds length;
        Language language;
        std::string_view expected;
    };
    Case const cases[]{
        {hours{50} + minutes{7}, Language::Dutch, "2 dagen 2 uur"},
        {hours{50} + minutes{7}, Language::English, "2 days 2 hours"},
        {hours{24}, Language::Dutch, "1 dag"},
        {hours{1} + minutes{1}, Language::English, "1 hour 1 minute"},
        {minutes{45} + seconds{59}, Language::Dutch, "45 minuten"},
        {seconds{59}, Language::Dutch, "0 minuten"},
        {-(hours{3} + minutes{20}), Language::English, "3 hours 20 minutes"},
    };
    for (auto const& test : cases)
        EXPECT_EQ(format_duration(test.length, test.language), test.expected) << test.length.count();
}

} // namespace
} // namespace bolwerk
