#include "importers/findings/report_text.hpp"

#include "common/text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

namespace bolwerk::importers::findings {
namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::optional<int> number_at(std::string_view text, std::size_t from, std::size_t digits)
{
    if (from + digits > text.size())
        return std::nullopt;
    int value = 0;
    for (std::size_t i = from; i < from + digits; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(text[i])))
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

std::optional<Timestamp> civil_time(int year, int month, int day, int hour, int minute, int second)
{
    using namespace std::chrono;
    year_month_day const date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
        std::chrono::day(static_cast<unsigned>(day))};
    if (!date.ok() || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    return Timestamp(sys_days(date)) + hours(hour) + minutes(minute) + seconds(second);
}

std::optional<Timestamp> rfc3339(std::string_view text)
{
    auto const year = number_at(text, 0, 4);
    auto const month = number_at(text, 5, 2);
    auto const day = number_at(text, 8, 2);
    if (!year || !month || !day || text.size() < 19 || text[4] != '-' || text[7] != '-'
        || (text[10] != 'T' && text[10] != ' ' && text[10] != 't'))
        return std::nullopt;
    auto const hour = number_at(text, 11, 2);
    auto const minute = number_at(text, 14, 2);
    auto const second = number_at(text, 17, 2);
    if (!hour || !minute || !second)
        return std::nullopt;
    auto time = civil_time(*year, *month, *day, *hour, *minute, *second);
    if (!time)
        return std::nullopt;
    std::size_t position = 19;
    if (position < text.size() && text[position] == '.') {
        std::int64_t micros = 0;
        std::size_t digits = 0;
        for (++position; position < text.size() && std::isdigit(static_cast<unsigned char>(text[position])); ++position)
            if (digits++ < 6)
                micros = micros * 10 + (text[position] - '0');
        for (; digits < 6; ++digits)
            micros *= 10;
        *time += std::chrono::microseconds(micros);
    }
    auto const zone = text.substr(position);
    if (zone.empty() || zone == "Z" || zone == "z")
        return time;
    auto const zone_hours = number_at(zone, 1, 2);
    auto const zone_minutes = number_at(zone, 4, 2);
    if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':' || !zone_hours || !zone_minutes)
        return std::nullopt;
    auto const offset = std::chrono::minutes(*zone_hours * 60 + *zone_minutes);
    return zone[0] == '+' ? *time - offset : *time + offset;
}

std::optional<int> month_number(std::string_view name)
{
    constexpr std::array<std::string_view, 12> months
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (std::size_t i = 0; i < months.size(); ++i)
        if (months[i] == name)
            return static_cast<int>(i + 1);
    return std::nullopt;
}

std::optional<Timestamp> clock_time(int year, int month, int day, std::string_view hms)
{
    auto const hour = number_at(hms, 0, 2);
    auto const minute = number_at(hms, 3, 2);
    auto const second = number_at(hms, 6, 2);
    if (hms.size() != 8 || !hour || !minute || !second)
        return std::nullopt;
    return civil_time(year, month, day, *hour, *minute, *second);
}

std::optional<int> whole_number(std::string_view text)
{
    int value = 0;
    auto const [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// "Wed, 29 Oct 2025 10:53:54" and "Tue Jan 26 13:41:29 2021".
std::optional<Timestamp> textual_time(std::string_view text)
{
    std::vector<std::string_view> words;
    for (auto const word : split(text, ' '))
        if (!word.empty())
            words.push_back(word);
    if (words.size() == 5 && words[0].ends_with(',')) {
        auto const day = whole_number(words[1]);
        auto const month = month_number(words[2]);
        auto const year = whole_number(words[3]);
        if (day && month && year)
            return clock_time(*year, *month, *day, words[4]);
    }
    if (words.size() == 5) {
        auto const month = month_number(words[1]);
        auto const day = whole_number(words[2]);
        auto const year = whole_number(words[4]);
        if (day && month && year)
            return clock_time(*year, *month, *day, words[3]);
    }
    return std::nullopt;
}

} // namespace

std::string bounded_text(std::string_view text, std::size_t limit)
{
    if (text.size() <= limit)
        return std::string(text);
    constexpr std::string_view ellipsis = "\xE2\x80\xA6";
    auto cut = limit > ellipsis.size() ? limit - ellipsis.size() : 0;
    while (cut > 0 && is_continuation(text[cut]))
        --cut;
    return std::string(text.substr(0, cut)) + std::string(ellipsis);
}

std::string plain_text(std::string_view html)
{
    std::string text;
    text.reserve(html.size());
    bool in_tag = false;
    bool space = false;
    for (char const c : html) {
        if (c == '<') {
            in_tag = true;
            space = !text.empty();
            continue;
        }
        if (in_tag) {
            in_tag = c != '>';
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            space = !text.empty();
            continue;
        }
        if (space)
            text += ' ';
        space = false;
        text += c;
    }
    return text;
}

std::optional<Timestamp> parse_report_time(std::string_view text)
{
    text = trim(text);
    if (text.empty())
        return std::nullopt;
    if (is_ascii_digits(text) && text.size() <= 12) {
        std::int64_t seconds = 0;
        std::from_chars(text.data(), text.data() + text.size(), seconds);
        return Timestamp(std::chrono::seconds(seconds));
    }
    if (auto const time = rfc3339(text))
        return time;
    return textual_time(text);
}

std::vector<std::string> cve_ids_in(std::string_view text)
{
    std::vector<std::string> ids;
    for (auto position = text.find("CVE-"); position != std::string_view::npos;
         position = text.find("CVE-", position + 4)) {
        auto end = position + 4;
        while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '-'))
            ++end;
        auto const id = text.substr(position, end - position);
        if (id.size() >= 13 && id[8] == '-')
            add_unique(ids, std::string(id));
    }
    return ids;
}

std::string cwe_id(std::string_view text)
{
    text = trim(text);
    if (text.starts_with("CWE-") || text.starts_with("cwe-"))
        text.remove_prefix(4);
    if (text.empty() || !is_ascii_digits(text))
        return {};
    while (text.size() > 1 && text.front() == '0')
        text.remove_prefix(1);
    if (text == "0" || text.size() > 6)
        return {};
    return "CWE-" + std::string(text);
}

void add_unique(std::vector<std::string>& values, std::string value)
{
    if (value.empty() || std::find(values.begin(), values.end(), value) != values.end())
        return;
    values.push_back(std::move(value));
}

} // namespace bolwerk::importers::findings
