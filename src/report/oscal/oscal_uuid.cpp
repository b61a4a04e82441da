#include "report/oscal/oscal_uuid.hpp"

#include "common/assert.hpp"

#include <array>
#include <cstdint>

namespace bolwerk::report::oscal {
namespace {

std::uint32_t rotate_left(std::uint32_t value, int bits) { return (value << bits) | (value >> (32 - bits)); }

std::array<std::uint8_t, 20> sha1(std::string_view data)
{
    std::array<std::uint32_t, 5> state{0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};
    std::string message(data);
    auto const bit_length = static_cast<std::uint64_t>(data.size()) * 8;
    message += static_cast<char>(0x80);
    while (message.size() % 64 != 56)
        message += '\0';
    for (int shift = 56; shift >= 0; shift -= 8)
        message += static_cast<char>((bit_length >> shift) & 0xFF);
    for (std::size_t block = 0; block < message.size(); block += 64) {
        std::array<std::uint32_t, 80> words{};
        for (std::size_t i = 0; i < 16; ++i)
            for (std::size_t j = 0; j < 4; ++j)
                words[i] = (words[i] << 8) | static_cast<std::uint8_t>(message[block + i * 4 + j]);
        for (std::size_t i = 16; i < 80; ++i)
            words[i] = rotate_left(words[i - 3] ^ words[i - 8] ^ words[i - 14] ^ words[i - 16], 1);
        auto [a, b, c, d, e] = state;
        for (std::size_t i = 0; i < 80; ++i) {
            std::uint32_t f = 0;
            std::uint32_t k = 0;
            if (i < 20) {
                f = (b & c) | (~b & d);
                k = 0x5A827999u;
            } else if (i < 40) {
                f = b ^ c ^ d;
                k = 0x6ED9EBA1u;
            } else if (i < 60) {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8F1BBCDCu;
            } else {
                f = b ^ c ^ d;
                k = 0xCA62C1D6u;
            }
            std::uint32_t const next = rotate_left(a, 5) + f + e + k + words[i];
            e = d;
            d = c;
            c = rotate_left(b, 30);
            b = a;
            a = next;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
    }
    std::array<std::uint8_t, 20> digest{};
    for (std::size_t i = 0; i < 20; ++i)
        digest[i] = static_cast<std::uint8_t>(state[i / 4] >> (24 - 8 * (i % 4)));
    return digest;
}

constexpr std::string_view hex_digits = "0123456789abcdef";

int hex_value(char c)
{
    auto const at = hex_digits.find(static_cast<char>(c >= 'A' && c <= 'F' ? c - 'A' + 'a' : c));
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

} // namespace

std::string sha1_hex(std::string_view data)
{
    std::string hex;
    for (auto const byte : sha1(data)) {
        hex += hex_digits[byte >> 4];
        hex += hex_digits[byte & 0xF];
    }
    return hex;
}

std::string uuid_v5(std::string_view namespace_uuid, std::string_view name)
{
    std::string input;
    for (std::size_t i = 0; i < namespace_uuid.size(); ++i) {
        if (namespace_uuid[i] == '-')
            continue;
        BOLWERK_VERIFY(i + 1 < namespace_uuid.size() && hex_value(namespace_uuid[i]) >= 0);
        input += static_cast<char>(hex_value(namespace_uuid[i]) * 16 + hex_value(namespace_uuid[i + 1]));
        ++i;
    }
    BOLWERK_VERIFY(input.size() == 16);
    input += name;
    auto digest = sha1(input);
    digest[6] = static_cast<std::uint8_t>((digest[6] & 0x0F) | 0x50); // version 5
    digest[8] = static_cast<std::uint8_t>((digest[8] & 0x3F) | 0x80); // RFC 4122 variant
    std::string text;
    for (std::size_t i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text += '-';
        text += hex_digits[digest[i] >> 4];
        text += hex_digits[digest[i] & 0xF];
    }
    return text;
}

} // namespace bolwerk::report::oscal
