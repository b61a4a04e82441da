#include "common/local_time_format.hpp"

#include <array>
#include <cstdio>
#include <string_view>
#include <vector>

namespace bolwerk {

namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 12> dutch_months{"januari", "februari", "maart", "april", "mei", "juni", "juli",
    "augustus", "september", "oktober", "november", "december"};
constexpr std::array<std::string_view, 12> english_months{"January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"};

std::string_view month_name(month in_month, Language language)
{
    auto const index = static_cast<unsigned>(in_month) - 1;
    return language == Language::Dutch ? dutch_months[index] : english_months[index];
}

struct Unit {
    std::string_view dutch_one;
    std::string_view dutch_many;
    std::string_view english_one;
    std::string_view english_many;
};

constexpr Unit day_unit{"dag", "dagen", "day", "days"};
constexpr Unit hour_unit{"uur", "uur", "hour", "hours"};
constexpr Unit minute_unit{"minuut", "minuten", "minute", "minutes"};

std::string amount(std::int64_t count, Unit const& unit, Language language)
{
    bool const one = count == 1;
    auto const name = language == Language::Dutch ? (one ? unit.dutch_one : unit.dutch_many)
                                                  : (one ? unit.english_one : unit.english_many);
    return std::to_string(count) + " " + std::string(name);
}

} // namespace

std::string format_local_date(Date day, Language language)
{
    year_month_day const date{day};
    return std::to_string(static_cast<unsigned>(date.day())) + " " + std::string(month_name(date.month(), language))
        + " " + std::to_string(static_cast<int>(date.year()));
}

std::string format_local_date_time(Timestamp time, Language language, ZoneLabel label)
{
    auto const local = to_amsterdam(time);
    auto const day = floor<days>(local);
    hh_mm_ss const clock{floor<minutes>(local - day)};
    char hour_minute[8];
    (void)std::snprintf(hour_minute, sizeof hour_minute, "%02d:%02d", static_cast<int>(clock.hours().count()),
        static_cast<int>(clock.minutes().count()));
    auto text = format_local_date(Date{day.time_since_epoch()}, language) + " " + hour_minute;
    if (label == ZoneLabel::Abbreviation)
        text += " " + std::string(amsterdam_zone_abbreviation(time));
    return text;
}

std::string format_duration(seconds length, Language language)
{
    auto const total_minutes = floor<minutes>(length < seconds::zero() ? -length : length).count();
    auto const day_count = total_minutes / minutes{days{1}}.count();
    auto const hour_count = total_minutes / 60 % 24;
    auto const minute_count = total_minutes % 60;
    std::vector<std::string> parts;
    if (day_count > 0)
        parts.push_back(amount(day_count, day_unit, language));
    if (hour_count > 0)
        parts.push_back(amount(hour_count, hour_unit, language));
    if (minute_count > 0 && day_count == 0)
        parts.push_back(amount(minute_count, minute_unit, language));
    if (parts.empty())
        return amount(0, minute_unit, language);
    return parts.size() == 1 ? parts[0] : parts[0] + " " + parts[1];
}

} // namespace bolwerk
