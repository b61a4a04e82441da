#include "report/ical/ical_writer.hpp"

#include "common/amsterdam_time.hpp"
#include "common/digest.hpp"
#include "report/ical/ical_text.hpp"

#include <cstdio>

namespace bolwerk::report::ical {

namespace {

using namespace std::chrono;

constexpr std::size_t uid_hex_digits = 32;

// The Dutch rule (EU Directive 2000/84/EC) as RFC 5545 recurrence rules.
constexpr std::string_view amsterdam_timezone[]{
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Amsterdam",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
};

class Lines {
public:
    void add(std::string_view line) { m_text += fold_line(line); }
    void add(std::string_view name, std::string_view value) { add(std::string(name) + ":" + std::string(value)); }
    void text(std::string_view name, std::string_view value) { add(name, escape_text(value)); }
    std::string take() { return std::move(m_text); }

private:
    std::string m_text;
};

std::string basic_date(Date day)
{
    year_month_day const date{day};
    char buffer[16];
    (void)std::snprintf(buffer, sizeof buffer, "%04d%02u%02u", static_cast<int>(date.year()),
        static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

std::string basic_time(LocalTime local)
{
    auto const day = floor<days>(local);
    hh_mm_ss const clock{floor<seconds>(local - day)};
    char buffer[16];
    (void)std::snprintf(buffer, sizeof buffer, "T%02d%02d%02d", static_cast<int>(clock.hours().count()),
        static_cast<int>(clock.minutes().count()), static_cast<int>(clock.seconds().count()));
    return basic_date(Date{day.time_since_epoch()}) + buffer;
}

std::string utc_value(Timestamp time) { return basic_time(LocalTime{floor<seconds>(time).time_since_epoch()}) + "Z"; }

/// "DTSTART;TZID=Europe/Amsterdam:20261207T140500", or in UTC for a time in the hour
/// that happens twice in October: RFC 5545 3.3.5 reads such a local time as its first
/// occurrence, but clients differ (ical.js takes the second), so neither is left to them.
std::string moment_property(std::string_view name, Timestamp time)
{
    auto const local = to_amsterdam(time);
    if (resolve_amsterdam(local).kind == LocalTimeKind::Repeated)
        return std::string(name) + ":" + utc_value(time);
    return std::string(name) + ";TZID=Europe/Amsterdam:" + basic_time(local);
}

void add_when(Lines& lines, CalendarItem const& item)
{
    bool const todo = item.kind == ComponentKind::Todo;
    if (auto const* day = std::get_if<Date>(&item.at)) {
        lines.add(todo ? "DUE;VALUE=DATE" : "DTSTART;VALUE=DATE", basic_date(*day));
        if (!todo)
            lines.add("DTEND;VALUE=DATE", basic_date(*day + days{1}));
        return;
    }
    // A moment: an event without DTEND ends when it starts (RFC 5545 3.6.1).
    lines.add(moment_property(todo ? "DUE" : "DTSTART", std::get<Timestamp>(item.at)));
}

std::string trigger(minutes before)
{
    auto const total = before.count();
    constexpr auto minutes_per_day = minutes(days(1)).count();
    if (total % minutes_per_day == 0)
        return "-P" + std::to_string(total / minutes_per_day) + "D";
    if (total % 60 == 0)
        return "-PT" + std::to_string(total / 60) + "H";
    return "-PT" + std::to_string(total) + "M";
}

void add_alarms(Lines& lines, CalendarItem const& item)
{
    for (auto const before : item.alarms_before) {
        if (before <= minutes::zero())
            continue;
        lines.add("BEGIN:VALARM");
        lines.add("ACTION", "DISPLAY");
        lines.text("DESCRIPTION", item.summary);
        lines.add("TRIGGER", trigger(before));
        lines.add("END:VALARM");
    }
}

bool is_web_address(std::string_view url)
{
    return (url.starts_with("https://") || url.starts_with("http://")) && is_plain_value(url)
        && url.find(' ') == std::string_view::npos;
}

void add_item(Lines& lines, CalendarItem const& item, std::string const& stamp)
{
    std::string_view const component = item.kind == ComponentKind::Todo ? "VTODO" : "VEVENT";
    lines.add("BEGIN", component);
    lines.text("UID", item.uid);
    lines.add("DTSTAMP", stamp);
    add_when(lines, item);
    lines.text("SUMMARY", item.summary);
    if (!item.description.empty())
        lines.text("DESCRIPTION", item.description);
    if (is_web_address(item.url))
        lines.add("URL", item.url);
    if (!item.categories.empty()) {
        std::string joined;
        for (auto const& category : item.categories)
            joined += (joined.empty() ? "" : ",") + escape_text(category);
        lines.add("CATEGORIES", joined);
    }
    if (item.kind == ComponentKind::Todo)
        lines.add("STATUS", "NEEDS-ACTION");
    else
        lines.add("TRANSP", "TRANSPARENT"); // a duty does not make anyone busy
    add_alarms(lines, item);
    lines.add("END", component);
}

} // namespace

std::string stable_uid(std::string_view key, std::string_view domain)
{
    return sha256_hex(key).substr(0, uid_hex_digits) + "@" + std::string(domain);
}

std::string write_calendar(CalendarHeader const& header, std::vector<CalendarItem> const& items)
{
    Lines lines;
    lines.add("BEGIN:VCALENDAR");
    lines.add("VERSION:2.0");
    lines.add("PRODID:-//Bolwerk//Bolwerk ISMS//NL");
    lines.add("CALSCALE:GREGORIAN");
    lines.add("METHOD:PUBLISH");
    lines.text("X-WR-CALNAME", header.name);
    lines.add("X-WR-TIMEZONE:Europe/Amsterdam");
    for (auto const line : amsterdam_timezone)
        lines.add(line);
    auto const stamp = utc_value(header.generated_at);
    for (auto const& item : items)
        add_item(lines, item, stamp);
    lines.add("END:VCALENDAR");
    return lines.take();
}

} // namespace bolwerk::report::ical
