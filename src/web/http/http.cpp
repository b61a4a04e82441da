#include "web/http/http.hpp"

#include "common/text.hpp"

#include <algorithm>
#include <iostream>

namespace bolwerk::web {

namespace {

int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool same_name(std::string_view left, std::string_view right) { return to_ascii_lower(left) == to_ascii_lower(right); }

// RFC 9110 5.1 and 5.6.2: a field name is a token.
bool is_token(std::string_view name)
{
    constexpr std::string_view others = "!#$%&'*+-.^_`|~";
    return !name.empty() && std::all_of(name.begin(), name.end(), [&](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || others.find(c) != std::string_view::npos;
    });
}

// RFC 9110 5.5: a field value has visible characters, spaces and tabs; CR and LF would
// end the header line (response splitting), NUL ends it in some clients.
bool is_field_value(std::string_view value)
{
    return std::none_of(value.begin(), value.end(), [](char c) {
        auto const byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && c != '\t') || byte == 0x7F;
    });
}

// False, after logging and marking the response, when the header must not be sent.
bool accept_header(Response& response, std::string_view name, std::string_view value)
{
    if (is_token(name) && is_field_value(value))
        return true;
    response.header_refused = true;
    std::string printable;
    for (char const c : name.substr(0, 64))
        printable += static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? '?' : c;
    std::cerr << "bolwerk: refused to send header '" << printable
              << "': its name is not a token or its value holds a control character\n";
    return false;
}

} // namespace

std::optional<std::string_view> Request::header(std::string_view name) const
{
    for (auto const& [key, value] : headers) {
        if (key == name)
            return std::string_view(value);
    }
    return std::nullopt;
}

void Response::set_header(std::string_view name, std::string value)
{
    if (!accept_header(*this, name, value))
        return;
    std::erase_if(headers, [&](auto const& header) { return same_name(header.first, name); });
    headers.emplace_back(std::string(name), std::move(value));
}

void Response::add_header(std::string_view name, std::string value)
{
    if (accept_header(*this, name, value))
        headers.emplace_back(std::string(name), std::move(value));
}

std::optional<std::string_view> Response::header(std::string_view name) const
{
    for (auto const& [key, value] : headers) {
        if (same_name(key, name))
            return std::string_view(value);
    }
    return std::nullopt;
}

Response Response::text(unsigned status, std::string body, std::string_view content_type)
{
    Response response;
    response.status = status;
    response.body = std::move(body);
    response.set_header("Content-Type", std::string(content_type));
    return response;
}

Response Response::redirect(std::string location)
{
    Response response;
    response.status = 303;
    response.set_header("Location", std::move(location));
    return response;
}

std::string percent_decode(std::string_view text, PlusIsSpace plus_is_space)
{
    std::string decoded;
    decoded.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char const c = text[i];
        if (c == '+' && plus_is_space == PlusIsSpace::Yes) {
            decoded += ' ';
        } else if (c == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
            decoded += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
            i += 2;
        } else {
            decoded += c;
        }
    }
    return decoded;
}

std::string percent_encode(std::string_view text)
{
    constexpr std::string_view digits = "0123456789ABCDEF";
    std::string encoded;
    for (char const c : text) {
        auto const byte = static_cast<unsigned char>(c);
        bool const plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_' || c == '.' || c == '~';
        if (plain) {
            encoded += c;
        } else {
            encoded += '%';
            encoded += digits[byte >> 4];
            encoded += digits[byte & 0x0F];
        }
    }
    return encoded;
}

std::vector<std::pair<std::string, std::string>> parse_form(std::string_view text)
{
    std::vector<std::pair<std::string, std::string>> form;
    for (auto const part : split(text, '&')) {
        if (part.empty())
            continue;
        auto const equals = part.find('=');
        auto const name = part.substr(0, equals);
        auto const value = equals == std::string_view::npos ? std::string_view() : part.substr(equals + 1);
        form.emplace_back(percent_decode(name, PlusIsSpace::Yes), percent_decode(value, PlusIsSpace::Yes));
    }
    return form;
}

std::optional<std::string> form_value(
    std::vector<std::pair<std::string, std::string>> const& form, std::string_view name)
{
    for (auto const& [key, value] : form) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

std::optional<std::string> cookie_value(Request const& request, std::string_view name)
{
    for (auto const& [key, value] : request.headers) {
        if (key != "cookie")
            continue;
        for (auto const part : split(value, ';')) {
            auto const pair = trim(part);
            auto const equals = pair.find('=');
            if (equals != std::string_view::npos && pair.substr(0, equals) == name)
                return std::string(pair.substr(equals + 1));
        }
    }
    return std::nullopt;
}

} // namespace bolwerk::web
