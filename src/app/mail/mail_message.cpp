#include "app/mail/mail_message.hpp"

#include "app/credentials.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>

namespace bolwerk::app {

namespace {

constexpr std::size_t max_address_length = 254;
constexpr std::size_t max_subject_length = 200;
constexpr std::size_t base64_line_length = 76;
constexpr std::string_view crlf = "\r\n";

std::string base64(std::string_view bytes)
{
    std::string encoded(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(encoded.data(), encoded.size(), reinterpret_cast<unsigned char const*>(bytes.data()),
        bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    encoded.resize(std::char_traits<char>::length(encoded.c_str()));
    return encoded;
}

bool is_ascii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool has_control(std::string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char c) {
        auto const byte = static_cast<unsigned char>(c);
        return byte < 0x20 || byte == 0x7f;
    });
}

// RFC 2047 encoded-word for a subject that is not plain ASCII.
std::string subject_header(std::string_view subject)
{
    if (is_ascii(subject))
        return std::string(subject);
    return "=?UTF-8?B?" + base64(subject) + "?=";
}

// RFC 5322 3.3 date-time in UTC: "Mon, 07 Dec 2026 04:36:40 +0000".
std::string date_header(Timestamp date)
{
    constexpr std::array<char const*, 7> days{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    constexpr std::array<char const*, 12> months{
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    auto const day = std::chrono::floor<std::chrono::days>(date);
    std::chrono::year_month_day const ymd{day};
    std::chrono::hh_mm_ss const time{std::chrono::floor<std::chrono::seconds>(date - day)};
    auto const weekday = std::chrono::weekday{day}.c_encoding();
    char buffer[64];
    // 64 bytes hold every date this writes (31 characters): nothing is cut off.
    (void)std::snprintf(buffer, sizeof buffer, "%s, %02u %s %04d %02d:%02d:%02d +0000", days.at(weekday),
        static_cast<unsigned>(ymd.day()), months.at(static_cast<unsigned>(ymd.month()) - 1),
        static_cast<int>(ymd.year()), static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
        static_cast<int>(time.seconds().count()));
    return buffer;
}

// The body with CRLF line ends, as base64 in lines of 76 characters.
std::string body_part(std::string_view body)
{
    std::string normal;
    normal.reserve(body.size() + body.size() / 40);
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] == '\r' && i + 1 < body.size() && body[i + 1] == '\n')
            continue;
        if (body[i] == '\n' || body[i] == '\r')
            normal += crlf;
        else
            normal += body[i];
    }
    auto const encoded = base64(normal);
    std::string wrapped;
    for (std::size_t at = 0; at < encoded.size(); at += base64_line_length)
        wrapped.append(encoded, at, base64_line_length).append(crlf);
    return wrapped;
}

std::string domain_of(std::string_view address) { return std::string(address.substr(address.rfind('@') + 1)); }

} // namespace

bool is_plain_mail_address(std::string_view address)
{
    auto const at = address.find('@');
    if (address.empty() || address.size() > max_address_length || at == std::string_view::npos || at == 0
        || at + 1 == address.size() || address.find('@', at + 1) != std::string_view::npos)
        return false;
    return std::all_of(address.begin(), address.end(), [](char c) {
        auto const byte = static_cast<unsigned char>(c);
        return byte > 0x20 && byte < 0x7f && std::string_view("\"<>(),;:\\[]").find(c) == std::string_view::npos;
    });
}

Result<std::string> format_mail(std::string_view from, MailMessage const& message, Timestamp date)
{
    if (!is_plain_mail_address(from))
        return Error::invalid("the sender is not a plain e-mail address", {.field = "from"});
    if (!is_plain_mail_address(message.to))
        return Error::invalid("the recipient is not a plain e-mail address", {.field = "to"});
    if (message.subject.empty() || message.subject.size() > max_subject_length || has_control(message.subject))
        return Error::invalid("a subject is one line of 1 to 200 bytes", {.field = "subject"});
    std::string text;
    text += "Date: " + date_header(date) + std::string(crlf);
    text += "From: " + std::string(from) + std::string(crlf);
    text += "To: " + message.to + std::string(crlf);
    text += "Subject: " + subject_header(message.subject) + std::string(crlf);
    text += "Message-ID: <" + random_token(18) + "@" + domain_of(from) + ">" + std::string(crlf);
    text += "Auto-Submitted: auto-generated" + std::string(crlf);
    text += "MIME-Version: 1.0" + std::string(crlf);
    text += "Content-Type: text/plain; charset=utf-8" + std::string(crlf);
    text += "Content-Transfer-Encoding: base64" + std::string(crlf);
    text += crlf;
    text += body_part(message.body);
    return text;
}

} // namespace bolwerk::app
