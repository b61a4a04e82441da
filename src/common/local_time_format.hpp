#pragma once

#include "common/amsterdam_time.hpp"
#include "common/language.hpp"

#include <chrono>
#include <cstdint>
#include <string>

// Dutch times written for people: "7 december 2026 14:05" (nl) and "7 December 2026
// 14:05" (en). Machine formats stay RFC 3339 UTC (format_timestamp in clock.hpp).
namespace bolwerk {

/// Whether a written time names its zone. Use Abbreviation wherever a reader could be
/// in doubt, above all near a clock change or on a deadline.
enum class ZoneLabel : std::uint8_t {
    None, ///< "7 december 2026 14:05"
    Abbreviation, ///< "7 december 2026 14:05 CET"
};

/// The Dutch wall-clock time of `time`, to the minute.
std::string format_local_date_time(Timestamp time, Language language, ZoneLabel label);

/// A calendar day: "7 december 2026" / "7 December 2026".
std::string format_local_date(Date day, Language language);

/// A length of time for a countdown, rounded down to the minute, largest units first
/// and at most two of them: "2 dagen 3 uur", "45 minuten" (nl); "2 days 3 hours",
/// "45 minutes" (en). A negative length is written by its size (the caller says
/// "overdue by"); under one minute is "0 minuten" / "0 minutes".
std::string format_duration(std::chrono::seconds length, Language language);

} // namespace bolwerk
