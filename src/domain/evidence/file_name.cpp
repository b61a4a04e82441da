#include "domain/evidence/file_name.hpp"

#include <array>

namespace bolwerk::domain {

namespace {

bool is_forbidden(unsigned char byte)
{
    constexpr std::string_view special = "/\\:*?\"<>|;";
    return byte < 0x20 || byte == 0x7F || special.find(static_cast<char>(byte)) != std::string_view::npos;
}

// The length of a well-formed UTF-8 sequence at `position` (1 for ASCII), 0 if broken.
std::size_t sequence_length(std::string_view text, std::size_t position)
{
    auto const lead = static_cast<unsigned char>(text[position]);
    std::size_t length = 0;
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
        length = 3;
    else if (lead >= 0xF0 && lead <= 0xF4)
        length = 4;
    else
        return 0;
    if (text.size() - position < length)
        return 0;
    for (std::size_t i = 1; i < length; ++i) {
        if ((static_cast<unsigned char>(text[position + i]) & 0xC0u) != 0x80u)
            return 0;
    }
    return length;
}

std::string_view last_component(std::string_view name)
{
    auto const slash = name.find_last_of("/\\");
    return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

std::string strip_ends(std::string text)
{
    std::size_t begin = 0;
    while (begin < text.size() && (text[begin] == '.' || text[begin] == ' ' || text[begin] == '_'))
        ++begin;
    std::size_t end = text.size();
    while (end > begin && (text[end - 1] == '.' || text[end - 1] == ' '))
        --end;
    return text.substr(begin, end - begin);
}

} // namespace

std::string sanitise_file_name(std::string_view name)
{
    auto const base = last_component(name);
    std::string cleaned;
    std::size_t position = 0;
    while (position < base.size()) {
        auto const length = sequence_length(base, position);
        auto const byte = static_cast<unsigned char>(base[position]);
        if (length == 0) {
            cleaned += '_';
            ++position;
            continue;
        }
        if (length == 1 && (byte == ' ' || byte == '\t' || is_forbidden(byte))) {
            bool const space = byte == ' ' || byte == '\t' || byte < 0x20;
            char const replacement = space ? ' ' : '_';
            if (!(replacement == ' ' && !cleaned.empty() && cleaned.back() == ' '))
                cleaned += replacement;
            ++position;
            continue;
        }
        if (cleaned.size() + length > max_file_name_bytes)
            break;
        cleaned.append(base.substr(position, length));
        position += length;
    }
    cleaned = strip_ends(std::move(cleaned));
    if (cleaned.size() > max_file_name_bytes)
        cleaned.resize(max_file_name_bytes);
    return cleaned.empty() ? std::string("bestand") : cleaned;
}

} // namespace bolwerk::domain
