#include "domain/evidence/link_url.hpp"

#include "common/text.hpp"

#include <cctype>

namespace bolwerk::domain {

namespace {

Error url_error(std::string message) { return Error::invalid(std::move(message), {.field = "url"}); }

bool is_host_character(char character)
{
    return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z')
        || (character >= '0' && character <= '9') || character == '-' || character == '.';
}

Result<void> check_host(std::string_view authority)
{
    if (authority.find('@') != std::string_view::npos)
        return url_error("a link may not contain a user name or password");
    std::string_view host = authority;
    std::string_view port;
    if (authority.starts_with('[')) {
        auto const close = authority.find(']');
        if (close == std::string_view::npos || close == 1)
            return url_error("the IPv6 address in the link is not closed with ']'");
        for (auto const character : authority.substr(1, close - 1)) {
            if (!(std::isxdigit(static_cast<unsigned char>(character)) || character == ':' || character == '.'))
                return url_error("the IPv6 address in the link is not valid");
        }
        host = authority.substr(0, close + 1);
        auto const rest = authority.substr(close + 1);
        if (!rest.empty() && !rest.starts_with(':'))
            return url_error("unexpected text after the host of the link");
        port = rest.empty() ? rest : rest.substr(1);
    } else {
        auto const colon = authority.find(':');
        if (colon != std::string_view::npos) {
            host = authority.substr(0, colon);
            port = authority.substr(colon + 1);
            if (port.empty())
                return url_error("the port of the link is empty");
        }
        if (host.empty())
            return url_error("the link has no host (expected e.g. https://intranet.example.nl/…)");
        for (auto const character : host) {
            if (!is_host_character(character))
                return url_error("the host of the link contains a character that is not allowed");
        }
        if (host.starts_with('.') || host.starts_with('-') || host.find("..") != std::string_view::npos)
            return url_error("the host of the link is not a valid name");
    }
    if (!port.empty() && (!is_ascii_digits(port) || port.size() > 5 || std::stoul(std::string(port)) > 65535))
        return url_error("the port of the link is not a number from 0 to 65535");
    return ok();
}

} // namespace

Result<std::string> check_link_url(std::string_view raw)
{
    auto const url = trim(raw);
    if (url.empty())
        return url_error("enter the address of the link");
    if (url.size() > max_link_url_bytes)
        return url_error("the link is longer than " + std::to_string(max_link_url_bytes) + " characters");
    for (auto const character : url) {
        auto const byte = static_cast<unsigned char>(character);
        if (byte <= 0x20 || byte == 0x7F)
            return url_error("the link contains a space or control character");
    }
    auto const separator = url.find("://");
    if (separator == std::string_view::npos)
        return url_error("a link must start with https:// or http://");
    auto const scheme = to_ascii_lower(url.substr(0, separator));
    if (scheme != "https" && scheme != "http")
        return url_error("only https and http links are allowed, not '" + scheme + "'");
    auto const rest = url.substr(separator + 3);
    auto const authority = rest.substr(0, rest.find_first_of("/?#"));
    TRY(check_host(authority));
    return scheme + std::string(url.substr(separator));
}

} // namespace bolwerk::domain
