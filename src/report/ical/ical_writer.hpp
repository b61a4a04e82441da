#pragma once

#include "common/clock.hpp"

#include <chrono>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

// An RFC 5545 writer for Bolwerk's dated duties and deadlines (issue #16): one
// VCALENDAR with the VTIMEZONE of Europe/Amsterdam and a VEVENT or VTODO per item.
namespace bolwerk::report::ical {

enum class ComponentKind : std::uint8_t {
    Event, ///< VEVENT: shown in every calendar client.
    Todo, ///< VTODO: shown by clients with task lists.
};

/// One entry. A Date is an all-day item on that Dutch calendar day; a Timestamp is a
/// moment, written in Dutch local time with TZID=Europe/Amsterdam.
struct CalendarItem {
    std::string uid; ///< Stable across refreshes: see stable_uid.
    ComponentKind kind = ComponentKind::Event;
    std::string summary;
    std::string description;
    std::string url; ///< Optional; left out unless it is a plain http(s) URI.
    std::vector<std::string> categories;
    std::variant<Date, Timestamp> at;
    std::vector<std::chrono::minutes> alarms_before; ///< A VALARM per entry.
};

struct CalendarHeader {
    std::string name; ///< X-WR-CALNAME, shown by clients as the calendar's name.
    Timestamp generated_at; ///< DTSTAMP of every component.
};

/// A UID from a key that names the item for good (organisation, rule, subject, due
/// date): the SHA-256 of the key, shortened, at `domain`. The key itself never appears,
/// so a feed reveals no internal ids.
std::string stable_uid(std::string_view key, std::string_view domain);

/// The whole calendar as folded content lines ending in CRLF.
std::string write_calendar(CalendarHeader const& header, std::vector<CalendarItem> const& items);

} // namespace bolwerk::report::ical
