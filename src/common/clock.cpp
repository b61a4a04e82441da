#include "common/clock.hpp"

#include <charconv>
#include <cstdio>

namespace bolwerk {

std::string format_timestamp(Timestamp time)
{
    using namespace std::chrono;
    auto const day = floor<days>(time);
    year_month_day const date{day};
    hh_mm_ss const clock{time - day};
    char buffer[40];
    (void)std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d.%06ldZ", static_cast<int>(date.year()),
        static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), static_cast<int>(clock.hours().count()),
        static_cast<int>(clock.minutes().count()), static_cast<int>(clock.seconds().count()),
        static_cast<long>(clock.subseconds().count()));
    return buffer;
}

namespace {

bool read_number(std::string_view text, std::size_t offset, std::size_t width, int& out)
{
    if (offset + width > text.size())
        return false;
    auto const* begin = text.data() + offset;
    auto const result = std::from_chars(begin, begin + width, out);
    return result.ec == std::errc{} && result.ptr == begin + width;
}

} // namespace

Result<Timestamp> parse_timestamp(std::string_view text)
{
    using namespace std::chrono;
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    bool const shape_ok = text.size() >= 20 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':'
        && text[16] == ':' && text.back() == 'Z';
    if (!shape_ok || !read_number(text, 0, 4, year) || !read_number(text, 5, 2, month) || !read_number(text, 8, 2, day)
        || !read_number(text, 11, 2, hour) || !read_number(text, 14, 2, minute) || !read_number(text, 17, 2, second))
        return Error::invalid("not an RFC 3339 UTC timestamp: '" + std::string(text) + "'");
    long micros = 0;
    std::string_view fraction = text.substr(19, text.size() - 20);
    if (!fraction.empty()) {
        if (fraction[0] != '.' || fraction.size() < 2 || fraction.size() > 7)
            return Error::invalid("bad fraction of a second in '" + std::string(text) + "'");
        for (std::size_t i = 1; i < 7; ++i) {
            char const digit = i < fraction.size() ? fraction[i] : '0';
            if (digit < '0' || digit > '9')
                return Error::invalid("bad fraction of a second in '" + std::string(text) + "'");
            micros = micros * 10 + (digit - '0');
        }
    }
    year_month_day const date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
        std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok() || hour > 23 || minute > 59 || second > 60)
        return Error::invalid("no such date or time: '" + std::string(text) + "'");
    return sys_days{date} + hours{hour} + minutes{minute} + seconds{second} + microseconds{micros};
}

std::string format_date(Date date)
{
    std::chrono::year_month_day const day{date};
    char buffer[16];
    (void)std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(day.year()),
        static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
    return buffer;
}

Result<Date> parse_date(std::string_view text)
{
    int year = 0;
    int month = 0;
    int day = 0;
    bool const shape_ok = text.size() == 10 && text[4] == '-' && text[7] == '-';
    if (!shape_ok || !read_number(text, 0, 4, year) || !read_number(text, 5, 2, month) || !read_number(text, 8, 2, day))
        return Error::invalid("not a date in the form YYYY-MM-DD: '" + std::string(text) + "'");
    std::chrono::year_month_day const date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
        std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok())
        return Error::invalid("no such date: '" + std::string(text) + "'");
    return std::chrono::sys_days{date};
}

Timestamp SystemClock::now() const
{
    return std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now());
}

} // namespace bolwerk
