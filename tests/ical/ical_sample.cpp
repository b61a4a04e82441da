// Writes a sample calendar to standard output for ical_parse.test.mjs, which reads it
// back with a real iCalendar parser (npm ical.js). The items cover what is easy to get
// wrong: all-day items, moments on both sides of both clock changes, the doubled hour,
// text that needs escaping and lines that need folding inside UTF-8 characters.
#include "report/ical/ical_writer.hpp"

#include <iostream>

namespace {

using namespace std::chrono;
using namespace bolwerk;
using report::ical::CalendarItem;
using report::ical::ComponentKind;

Timestamp utc(std::string_view text) { return parse_timestamp(text).value(); }

std::vector<CalendarItem> sample_items()
{
    std::string long_text = "Beoordeel de toegangsrechten van het zaaksysteem (BIO2 5.18.02). ";
    for (int index = 0; index < 8; ++index)
        long_text += "Privé-gegevens, één ‘lijnmanager’; €100\\jaar. ";
    return {
        {"task-all-day@bolwerk.test", ComponentKind::Event, "5.18.02 Toegangsrechten beoordelen: Zaak, systeem; \\ A",
            long_text, "https://bolwerk.test/taken", {"Bolwerk", "5.18.02"}, sys_days{2026y / December / 31}},
        {"task-todo@bolwerk.test", ComponentKind::Todo, "8.13.04 Herstelprocedure testen", "regel 1\nregel 2", {}, {},
            sys_days{2028y / February / 29}},
        {"deadline-winter@bolwerk.test", ComponentKind::Event, "Incident 42: incidentmelding", "", {}, {},
            utc("2026-12-08T13:05:00Z"), {hours{24}, hours{8}, minutes{90}}},
        {"deadline-summer@bolwerk.test", ComponentKind::Event, "Incident 43: eindverslag", "", {}, {},
            utc("2026-07-01T08:00:00Z"), {days{7}}},
        {"deadline-after-gap@bolwerk.test", ComponentKind::Event, "Na de zomertijd", "", {}, {},
            utc("2026-03-29T01:00:00Z")},
        {"deadline-first-0230@bolwerk.test", ComponentKind::Event, "Eerste 02:30", "", {}, {},
            utc("2026-10-25T00:30:00Z")},
        {"deadline-second-0230@bolwerk.test", ComponentKind::Todo, "Tweede 02:30", "", {}, {},
            utc("2026-10-25T01:30:00Z")},
    };
}

} // namespace

int main()
{
    report::ical::CalendarHeader const header{"Bolwerk – Gemeente Voorbeeld", utc("2026-10-20T08:00:00Z")};
    std::cout << report::ical::write_calendar(header, sample_items());
    return 0;
}
