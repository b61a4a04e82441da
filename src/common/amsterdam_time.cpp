#include "common/amsterdam_time.hpp"

#include "common/calendar.hpp"

namespace bolwerk {

namespace {

using namespace std::chrono;

constexpr minutes winter_offset{60};
constexpr minutes summer_offset{120};
// EU Directive 2000/84/EC, articles 2 and 3: the change happens at 01:00 UTC.
constexpr hours change_at_utc{1};

Timestamp last_sunday_at_change(year in_year, month in_month)
{
    return sys_days{year_month_weekday_last{in_year, in_month, Sunday[last]}} + change_at_utc;
}

LocalTime split_local(Timestamp time, minutes offset) { return LocalTime{(time + offset).time_since_epoch()}; }

Timestamp with_offset(LocalTime local, minutes offset) { return Timestamp{local.time_since_epoch() - offset}; }

} // namespace

std::pair<Timestamp, Timestamp> summer_time_period(year in_year)
{
    return {last_sunday_at_change(in_year, March), last_sunday_at_change(in_year, October)};
}

bool is_summer_time(Timestamp time)
{
    auto const [start, end] = summer_time_period(year_month_day{floor<days>(time)}.year());
    return time >= start && time < end;
}

minutes amsterdam_utc_offset(Timestamp time) { return is_summer_time(time) ? summer_offset : winter_offset; }

std::string_view amsterdam_zone_abbreviation(Timestamp time) { return is_summer_time(time) ? "CEST" : "CET"; }

LocalTime to_amsterdam(Timestamp time) { return split_local(time, amsterdam_utc_offset(time)); }

Date amsterdam_date(Timestamp time) { return Date{floor<days>(to_amsterdam(time)).time_since_epoch()}; }

LocalTimeMapping resolve_amsterdam(LocalTime local)
{
    // A local time is shown by the instant local - offset only when that offset is the
    // one in force at that instant; try both offsets.
    auto const as_summer = with_offset(local, summer_offset);
    auto const as_winter = with_offset(local, winter_offset);
    bool const summer_fits = amsterdam_utc_offset(as_summer) == summer_offset;
    bool const winter_fits = amsterdam_utc_offset(as_winter) == winter_offset;
    if (summer_fits && winter_fits)
        return {LocalTimeKind::Repeated, as_summer, as_winter};
    if (summer_fits)
        return {LocalTimeKind::Unique, as_summer, as_summer};
    if (winter_fits)
        return {LocalTimeKind::Unique, as_winter, as_winter};
    // In the gap: RFC 5545 3.3.5 reads the time with the offset before the gap (CET).
    return {LocalTimeKind::Skipped, as_winter, as_winter};
}

Timestamp from_amsterdam(LocalTime local) { return resolve_amsterdam(local).earliest; }

Timestamp amsterdam_midnight(Date day) { return from_amsterdam(LocalTime{day.time_since_epoch()}); }

Timestamp add_local_months(Timestamp time, int months_to_add)
{
    auto const local = to_amsterdam(time);
    auto const day = floor<days>(local);
    auto const time_of_day = local - day;
    Date const shifted = add_months(Date{day.time_since_epoch()}, months_to_add);
    return from_amsterdam(LocalTime{shifted.time_since_epoch()} + time_of_day);
}

} // namespace bolwerk
