#include "report/ical/ical_text.hpp"

#include <algorithm>

namespace bolwerk::report::ical {

namespace {

constexpr std::size_t max_octets = 75;

bool is_control(unsigned char c) { return c < 0x20 || c == 0x7f; }

/// Whether the byte continues a UTF-8 sequence (10xxxxxx), so a fold may not go before it.
bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

} // namespace

std::string escape_text(std::string_view text)
{
    std::string escaped;
    escaped.reserve(text.size());
    for (std::size_t index = 0; index < text.size(); ++index) {
        auto const c = static_cast<unsigned char>(text[index]);
        switch (c) {
        case '\\': escaped += "\\\\"; break;
        case ';': escaped += "\\;"; break;
        case ',': escaped += "\\,"; break;
        case '\r':
            escaped += "\\n";
            if (index + 1 < text.size() && text[index + 1] == '\n')
                ++index;
            break;
        case '\n': escaped += "\\n"; break;
        case '\t': escaped += '\t'; break;
        default:
            if (!is_control(c))
                escaped += static_cast<char>(c);
        }
    }
    return escaped;
}

std::string fold_line(std::string_view line)
{
    std::string folded;
    folded.reserve(line.size() + line.size() / max_octets * 3 + 2);
    std::size_t room = max_octets; // octets left on the current physical line
    std::size_t start = 0;
    while (line.size() - start > room) {
        auto end = start + room;
        while (end > start && is_continuation(static_cast<unsigned char>(line[end])))
            --end; // back off to the start of the UTF-8 sequence
        folded.append(line.substr(start, end - start));
        folded += "\r\n ";
        start = end;
        room = max_octets - 1; // the leading space counts
    }
    folded.append(line.substr(start));
    folded += "\r\n";
    return folded;
}

bool is_plain_value(std::string_view value)
{
    return std::none_of(value.begin(), value.end(), [](char c) { return is_control(static_cast<unsigned char>(c)); });
}

} // namespace bolwerk::report::ical
