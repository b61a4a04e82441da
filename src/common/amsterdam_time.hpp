#pragma once

#include "common/clock.hpp"

#include <chrono>
#include <cstdint>
#include <string_view>
#include <utility>

// Civil time in the Netherlands (zone Europe/Amsterdam): CET (UTC+1) in winter, CEST
// (UTC+2) in summer. GCC 12's libstdc++ has no std::chrono::zoned_time or tzdb, so the
// rule is computed here instead of read from the tz database: summer time runs from the
// last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC (EU Directive
// 2000/84/EC, in force in this form since 1996). Computing it needs no file, so the
// result is the same on every machine, with or without tzdata installed.
//
// Limits: instants before 1996 follow the same rule, which is historically wrong for
// them (nothing in Bolwerk dates from then); if the EU ever ends the clock changes,
// this file is the one place to change.
//
// Why common/: Timestamp and Date live here, and every layer that shows or computes a
// Dutch time needs this: domain/ (deadlines of the incident clocks, due dates of
// periodic tasks), report/ (iCalendar, PDF) and web/ (the UI). It does no I/O.
namespace bolwerk {

/// A wall-clock time in the Netherlands, without zone (what a Dutch clock shows).
using LocalTime = std::chrono::local_time<std::chrono::microseconds>;

/// Whether Dutch summer time (CEST) is in force at `time`.
bool is_summer_time(Timestamp time);

/// The Dutch offset from UTC at `time`: one hour (CET) or two hours (CEST).
std::chrono::minutes amsterdam_utc_offset(Timestamp time);

/// "CET" or "CEST": the label of the offset in force at `time`.
std::string_view amsterdam_zone_abbreviation(Timestamp time);

/// The instants at which summer time starts and ends in `year` (both at 01:00 UTC).
std::pair<Timestamp, Timestamp> summer_time_period(std::chrono::year year);

/// What a Dutch clock shows at `time`.
LocalTime to_amsterdam(Timestamp time);

/// The Dutch calendar day at `time` (23:30 UTC on 6 December is 7 December locally).
Date amsterdam_date(Timestamp time);

/// How a wall-clock time maps back to instants.
enum class LocalTimeKind : std::uint8_t {
    Unique, ///< Exactly one instant shows this time.
    Skipped, ///< The time does not exist: the hour skipped when summer time starts.
    Repeated, ///< The time happens twice: the hour repeated when summer time ends.
};

struct LocalTimeMapping {
    LocalTimeKind kind = LocalTimeKind::Unique;
    Timestamp earliest; ///< For Repeated the first (CEST) occurrence.
    Timestamp latest; ///< For Repeated the second (CET) occurrence; else equal to earliest.
};

/// Every instant that a Dutch clock shows as `local`. For a skipped time both members
/// hold the instant from_amsterdam returns.
LocalTimeMapping resolve_amsterdam(LocalTime local);

/// The instant of a Dutch wall-clock time, following RFC 5545 section 3.3.5 (as calendar
/// clients do): a repeated time means its first occurrence; a skipped time is read with
/// the offset before the gap, so 02:30 on the last Sunday of March is 03:30 CEST.
Timestamp from_amsterdam(LocalTime local);

/// The instant the Dutch calendar day `day` begins (local midnight). Midnight is never
/// skipped or repeated in this zone, the clocks change at 02:00 and 03:00.
Timestamp amsterdam_midnight(Date day);

/// The same Dutch wall-clock time `months` months later, the day clamped to the end of a
/// shorter month (14:05 on 31 January + 1 month is 14:05 on 28 February).
Timestamp add_local_months(Timestamp time, int months);

} // namespace bolwerk
