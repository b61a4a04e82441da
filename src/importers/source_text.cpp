#include "importers/source_text.hpp"

#include <algorithm>

namespace bolwerk::importers {

std::size_t utf8_sequence_length(std::string_view text, std::size_t at)
{
    auto const byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char const lead = byte(at);
    if (lead < 0x80)
        return 1;
    std::size_t const length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
    if (length == 0 || lead > 0xF4 || at + length > text.size())
        return 0;
    for (std::size_t i = 1; i < length; ++i)
        if ((byte(at + i) & 0xC0) != 0x80)
            return 0;
    unsigned char const second = byte(at + 1);
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) || (lead == 0xF0 && second < 0x90)
        || (lead == 0xF4 && second > 0x8F))
        return 0;
    return length;
}

std::vector<SourceLine> split_lines(std::string_view text)
{
    std::vector<SourceLine> lines;
    std::uint64_t number = 1;
    while (!text.empty()) {
        auto const end = text.find('\n');
        auto line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        lines.push_back({number++, line});
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

Result<void> check_utf8(std::string_view text, std::string const& source_name)
{
    std::uint64_t line = 1;
    for (std::size_t at = 0; at < text.size();) {
        auto const length = utf8_sequence_length(text, at);
        if (length == 0)
            return Error::invalid("the input is not valid UTF-8", {.source = source_name, .line = line});
        if (text[at] == '\n')
            ++line;
        at += length;
    }
    return ok();
}

} // namespace bolwerk::importers
