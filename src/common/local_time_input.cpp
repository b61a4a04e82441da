#include "common/local_time_input.hpp"

#include "common/amsterdam_time.hpp"
#include "common/text.hpp"

#include <charconv>

namespace bolwerk {

namespace {

// The number of `length` digits at `position`, or -1.
int digits_at(std::string_view text, std::size_t position, std::size_t length)
{
    if (position + length > text.size())
        return -1;
    int value = 0;
    auto const* first = text.data() + position;
    auto const [end, error] = std::from_chars(first, first + length, value);
    return error == std::errc() && end == first + length ? value : -1;
}

Error bad_moment(std::string_view text, std::string const& field)
{
    return Error::invalid("'" + std::string(text) + "' is not a date and time like 2026-12-07 14:05", {.field = field});
}

} // namespace

Result<Timestamp> parse_local_date_time(std::string_view raw, std::string const& field)
{
    auto const text = trim(raw);
    if (text.empty())
        return Error::invalid("enter a date and time", {.field = field});
    if (text.back() == 'Z') {
        auto const instant = parse_timestamp(text);
        if (!instant)
            return bad_moment(text, field);
        return *instant;
    }
    bool const has_seconds = text.size() == 19;
    if ((text.size() != 16 && !has_seconds) || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != ' ')
        || text[13] != ':' || (has_seconds && text[16] != ':'))
        return bad_moment(text, field);
    auto const year = digits_at(text, 0, 4);
    auto const month = digits_at(text, 5, 2);
    auto const day = digits_at(text, 8, 2);
    auto const hour = digits_at(text, 11, 2);
    auto const minute = digits_at(text, 14, 2);
    auto const second = has_seconds ? digits_at(text, 17, 2) : 0;
    std::chrono::year_month_day const date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
        std::chrono::day(static_cast<unsigned>(day))};
    if (year < 0 || month < 0 || day < 0 || !date.ok() || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59)
        return bad_moment(text, field);
    auto const local = std::chrono::local_days(date) + std::chrono::hours(hour) + std::chrono::minutes(minute)
        + std::chrono::seconds(second);
    return from_amsterdam(std::chrono::time_point_cast<std::chrono::microseconds>(local));
}

namespace {

// `value` with leading zeros to `width` digits (not negative).
std::string padded(int value, std::size_t width)
{
    auto text = std::to_string(value);
    if (text.size() < width)
        text.insert(0, width - text.size(), '0');
    return text;
}

} // namespace

std::string format_local_date_time_input(Timestamp time)
{
    auto const local = std::chrono::floor<std::chrono::minutes>(to_amsterdam(time));
    auto const day = std::chrono::floor<std::chrono::days>(local);
    std::chrono::year_month_day const date{day};
    std::chrono::hh_mm_ss const clock{local - day};
    return padded(static_cast<int>(date.year()), 4) + "-"
        + padded(static_cast<int>(static_cast<unsigned>(date.month())), 2) + "-"
        + padded(static_cast<int>(static_cast<unsigned>(date.day())), 2) + "T"
        + padded(static_cast<int>(clock.hours().count()), 2) + ":"
        + padded(static_cast<int>(clock.minutes().count()), 2);
}

} // namespace bolwerk
