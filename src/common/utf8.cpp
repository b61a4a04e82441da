#include "common/utf8.hpp"

namespace bolwerk {

std::size_t utf8_sequence_length(std::string_view text, std::size_t at)
{
    auto const byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char const lead = byte(at);
    if (lead < 0x80)
        return 1;
    // C0 and C1 only start overlong two-byte forms; F5 and above encode beyond U+10FFFF.
    std::size_t const length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
    if (length == 0 || lead > 0xF4 || text.size() - at < length)
        return 0;
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80)
            return 0;
    }
    // RFC 3629 section 4: the second byte's range rules out overlong three- and
    // four-byte forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4).
    unsigned char const second = byte(at + 1);
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) || (lead == 0xF0 && second < 0x90)
        || (lead == 0xF4 && second > 0x8F))
        return 0;
    return length;
}

std::optional<std::size_t> first_invalid_utf8(std::string_view text)
{
    for (std::size_t at = 0; at < text.size();) {
        auto const length = utf8_sequence_length(text, at);
        if (length == 0)
            return at;
        at += length;
    }
    return std::nullopt;
}

std::string replace_invalid_utf8(std::string_view text)
{
    constexpr std::string_view replacement_character = "\xEF\xBF\xBD";
    std::string replaced;
    replaced.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        auto const length = utf8_sequence_length(text, at);
        if (length == 0) {
            replaced += replacement_character;
            ++at;
            continue;
        }
        replaced.append(text.substr(at, length));
        at += length;
    }
    return replaced;
}

} // namespace bolwerk
