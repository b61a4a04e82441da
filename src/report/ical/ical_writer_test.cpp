#include "report/ical/ical_writer.hpp"

#include <gtest/gtest.h>

namespace bolwerk::report::ical {
namespace {

using namespace std::chrono;

Timestamp utc(std::string_view text) { return parse_timestamp(text).value(); }

std::vector<std::string> lines_of(std::string const& calendar)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < calendar.size()) {
        auto const end = calendar.find("\r\n", start);
        EXPECT_NE(end, std::string::npos) << "every line ends in CRLF";
        if (end == std::string::npos)
            break;
        auto const line = calendar.substr(start, end - start);
        if (!line.empty() && line[0] == ' ')
            lines.back() += line.substr(1);
        else
            lines.push_back(line);
        start = end + 2;
    }
    return lines;
}

bool contains(std::vector<std::string> const& lines, std::string_view wanted)
{
    return std::find(lines.begin(), lines.end(), wanted) != lines.end();
}

CalendarHeader const header{"Bolwerk – Gemeente Voorbeeld", utc("2026-10-20T08:00:00Z")};

TEST(IcalWriter, WritesACalendarWithTheAmsterdamTimeZone)
{
    auto const lines = lines_of(write_calendar(header, {}));
    ASSERT_GE(lines.size(), 5u);
    EXPECT_EQ(lines.front(), "BEGIN:VCALENDAR");
    EXPECT_EQ(lines.back(), "END:VCALENDAR");
    for (auto const* wanted : {"VERSION:2.0", "PRODID:-//Bolwerk//Bolwerk ISMS//NL", "BEGIN:VTIMEZONE",
             "TZID:Europe/Amsterdam", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
             "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "X-WR-CALNAME:Bolwerk – Gemeente Voorbeeld"})
        EXPECT_TRUE(contains(lines, wanted)) << wanted;
}

TEST(IcalWriter, WritesDaysMomentsAndAlarms)
{
    std::vector<CalendarItem> const items{
        {"task-1@bolwerk.test", ComponentKind::Event, "5.18.02 Toegangsrechten beoordelen: Zaak, systeem",
            "regel 1\nregel 2", "https://bolwerk.test/taken", {"Bolwerk", "5.18.02"}, sys_days{2026y / December / 31}},
        {"todo-1@bolwerk.test", ComponentKind::Todo, "Herstelprocedure testen", "", "javascript:alert(1)", {},
            sys_days{2027y / February / 28}},
        {"deadline-1@bolwerk.test", ComponentKind::Event, "Incident 42: vroegtijdige waarschuwing", "", {}, {},
            utc("2026-12-08T13:05:00Z"), {hours{12}, minutes{90}, days{2}}},
        // 02:30 twice on 25 October: both are written in UTC, since clients read a repeated
        // local time differently.
        {"first@bolwerk.test", ComponentKind::Event, "eerste", "", {}, {}, utc("2026-10-25T00:30:00Z")},
        {"second@bolwerk.test", ComponentKind::Todo, "tweede", "", {}, {}, utc("2026-10-25T01:30:00Z")},
    };
    auto const lines = lines_of(write_calendar(header, items));
    for (auto const* wanted : {
             "BEGIN:VEVENT",
             "UID:task-1@bolwerk.test",
             "DTSTAMP:20261020T080000Z",
             "DTSTART;VALUE=DATE:20261231",
             "DTEND;VALUE=DATE:20270101",
             "SUMMARY:5.18.02 Toegangsrechten beoordelen: Zaak\\, systeem",
             "DESCRIPTION:regel 1\\nregel 2",
             "URL:https://bolwerk.test/taken",
             "CATEGORIES:Bolwerk,5.18.02",
             "BEGIN:VTODO",
             "DUE;VALUE=DATE:20270228",
             "STATUS:NEEDS-ACTION",
             "DTSTART;TZID=Europe/Amsterdam:20261208T140500",
             "TRIGGER:-PT12H",
             "TRIGGER:-PT90M",
             "TRIGGER:-P2D",
             "DTSTART:20261025T003000Z",
             "DUE:20261025T013000Z",
         })
        EXPECT_TRUE(contains(lines, wanted)) << wanted;
    EXPECT_FALSE(contains(lines, "URL:javascript:alert(1)"));
    EXPECT_EQ(std::count(lines.begin(), lines.end(), "BEGIN:VALARM"), 3);
    EXPECT_EQ(std::count(lines.begin(), lines.end(), "END:VEVENT"), 3);
    EXPECT_EQ(std::count(lines.begin(), lines.end(), "END:VTODO"), 2);
}

TEST(IcalWriter, UidsAreStableAndRevealNoKey)
{
    auto const uid = stable_uid("organisation:5/task/access-review/system:3/2026-12-31", "bolwerk.test");
    EXPECT_EQ(uid, stable_uid("organisation:5/task/access-review/system:3/2026-12-31", "bolwerk.test"));
    EXPECT_NE(uid, stable_uid("organisation:6/task/access-review/system:3/2026-12-31", "bolwerk.test"));
    EXPECT_EQ(uid.size(), 32u + 1u + 12u);
    EXPECT_EQ(uid.find("organisation"), std::string::npos);
}

} // namespace
} // namespace bolwerk::report::ical
