#include "app/totp.hpp"

#include "app/credentials.hpp"
#include "common/assert.hpp"
#include "common/text.hpp"

#include <liboath/oath.h>
#include <sodium.h>

#include <cstdlib>
#include <memory>

namespace bolwerk::app {

namespace {

constexpr unsigned time_step_seconds = 30;
constexpr unsigned digits = 6;
constexpr std::size_t drift_window = 1;
constexpr std::size_t secret_bytes = 20;

bool initialise_oath()
{
    static bool const initialised = oath_init() == OATH_OK;
    return initialised;
}

std::string secret_bytes_of(std::string const& secret_hex)
{
    std::string bytes(secret_hex.size() / 2, '\0');
    std::size_t length = bytes.size();
    if (oath_hex2bin(secret_hex.c_str(), bytes.data(), &length) != OATH_OK)
        return {};
    bytes.resize(length);
    return bytes;
}

time_t seconds_of(Timestamp now)
{
    return static_cast<time_t>(std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count());
}

} // namespace

std::string new_totp_secret()
{
    BOLWERK_VERIFY(sodium_init() >= 0);
    std::string bytes(secret_bytes, '\0');
    randombytes_buf(bytes.data(), bytes.size());
    std::string hex(secret_bytes * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<unsigned char const*>(bytes.data()), bytes.size());
    hex.resize(secret_bytes * 2);
    return hex;
}

std::string totp_secret_base32(std::string const& secret_hex)
{
    BOLWERK_VERIFY(initialise_oath());
    auto const bytes = secret_bytes_of(secret_hex);
    char* encoded = nullptr;
    std::size_t length = 0;
    if (oath_base32_encode(bytes.data(), bytes.size(), &encoded, &length) != OATH_OK)
        return {};
    std::unique_ptr<char, decltype(&std::free)> owner(encoded, &std::free);
    std::string result(encoded, length);
    std::erase(result, '=');
    return result;
}

std::string totp_uri(std::string const& secret_hex, std::string_view account, std::string_view issuer)
{
    auto const escape = [](std::string_view text) {
        std::string out;
        for (char const c : text) {
            bool const plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                || c == '-' || c == '_' || c == '@';
            if (plain) {
                out += c;
            } else {
                constexpr std::string_view hex = "0123456789ABCDEF";
                out += '%';
                out += hex[static_cast<unsigned char>(c) >> 4];
                out += hex[static_cast<unsigned char>(c) & 0xF];
            }
        }
        return out;
    };
    return "otpauth://totp/" + escape(issuer) + ":" + escape(account) + "?secret=" + totp_secret_base32(secret_hex)
        + "&issuer=" + escape(issuer) + "&algorithm=SHA1&digits=6&period=30";
}

std::optional<std::int64_t> match_totp(std::string const& secret_hex, std::string_view code, Timestamp now)
{
    BOLWERK_VERIFY(initialise_oath());
    auto const trimmed = std::string(trim(code));
    if (trimmed.size() != digits || !is_ascii_digits(trimmed))
        return std::nullopt;
    auto const secret = secret_bytes_of(secret_hex);
    int position = 0;
    std::uint64_t counter = 0;
    auto const result = oath_totp_validate3(secret.data(), secret.size(), seconds_of(now), time_step_seconds, 0,
        drift_window, &position, &counter, trimmed.c_str());
    if (result < 0)
        return std::nullopt;
    return static_cast<std::int64_t>(counter);
}

std::string totp_code(std::string const& secret_hex, Timestamp now)
{
    BOLWERK_VERIFY(initialise_oath());
    auto const secret = secret_bytes_of(secret_hex);
    char output[digits + 1] = {};
    oath_totp_generate(secret.data(), secret.size(), seconds_of(now), time_step_seconds, 0, digits, output);
    return output;
}

} // namespace bolwerk::app
