#pragma once

#include "common/clock.hpp"
#include "common/result.hpp"

#include <string>
#include <string_view>

// Moments typed by people: a Dutch wall-clock time as an HTML datetime-local field sends
// it ("2026-12-07T14:05") or as typed on the command line ("2026-12-07 14:05"), or an
// RFC 3339 instant in UTC ("2026-12-07T13:05:00Z"). Used wherever a user says when something happened
// (an incident noticed, a report sent), so that every layer reads them the same way.
namespace bolwerk {

/// The instant of `text`: "YYYY-MM-DDTHH:MM[:SS]" or with a space instead of the "T" is
/// Dutch time (Europe/Amsterdam; a time repeated when summer time ends means its first
/// occurrence, see from_amsterdam); ending in "Z" it is RFC 3339 UTC. Errors name
/// `field`.
Result<Timestamp> parse_local_date_time(std::string_view text, std::string const& field);

/// "2026-12-07T14:05" in Dutch time: the value an HTML datetime-local field shows.
std::string format_local_date_time_input(Timestamp time);

} // namespace bolwerk
