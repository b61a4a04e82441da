#include "web/core/csrf_mask.hpp"

#include "app/credentials.hpp"
#include "common/digest.hpp"

#include <optional>

namespace bolwerk::web {

namespace {

constexpr std::string_view hex_digits = "0123456789abcdef";

void append_hex(std::string& out, unsigned char byte)
{
    out += hex_digits[byte >> 4U];
    out += hex_digits[byte & 0x0fU];
}

std::optional<unsigned> hex_value(char digit)
{
    if (digit >= '0' && digit <= '9')
        return static_cast<unsigned>(digit - '0');
    if (digit >= 'a' && digit <= 'f')
        return static_cast<unsigned>(digit - 'a' + 10);
    return std::nullopt;
}

// The bytes of lower-case hex `text`, or nothing when it is not that.
std::optional<std::string> from_hex(std::string_view text)
{
    if (text.size() % 2 != 0)
        return std::nullopt;
    std::string bytes;
    bytes.reserve(text.size() / 2);
    for (std::size_t i = 0; i < text.size(); i += 2) {
        auto const high = hex_value(text[i]);
        auto const low = hex_value(text[i + 1]);
        if (!high || !low)
            return std::nullopt;
        bytes += static_cast<char>((*high << 4U) | *low);
    }
    return bytes;
}

} // namespace

std::string mask_csrf_token(std::string_view token)
{
    auto const pad = app::random_bytes(token.size());
    std::string masked;
    masked.reserve(token.size() * 4);
    for (char const byte : pad)
        append_hex(masked, static_cast<unsigned char>(byte));
    for (std::size_t i = 0; i < token.size(); ++i)
        append_hex(masked, static_cast<unsigned char>(pad[i] ^ token[i]));
    return masked;
}

bool csrf_token_matches(std::string_view submitted, std::string_view token)
{
    if (token.empty())
        return false;
    if (submitted.size() != token.size() * 4)
        return constant_time_equal(submitted, token);
    auto const pad = from_hex(submitted.substr(0, token.size() * 2));
    auto const xored = from_hex(submitted.substr(token.size() * 2));
    if (!pad || !xored)
        return false;
    std::string unmasked(token.size(), '\0');
    for (std::size_t i = 0; i < token.size(); ++i)
        unmasked[i] = static_cast<char>((*pad)[i] ^ (*xored)[i]);
    return constant_time_equal(unmasked, token);
}

} // namespace bolwerk::web
