#include "web/core/redirect_target.hpp"

#include "web/http/http.hpp"
#include "web/http/route.hpp"

namespace bolwerk::web {

namespace {

constexpr std::size_t max_target_bytes = 2048;

bool is_unreserved(char c)
{
    // RFC 3986 2.3.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

bool is_hex_digit(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// True when `text` has only unreserved characters, characters from `extra` and
// well-formed %XX escapes.
bool has_only(std::string_view text, std::string_view extra)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        char const c = text[i];
        if (is_unreserved(c) || extra.find(c) != std::string_view::npos)
            continue;
        if (c != '%' || i + 2 >= text.size() || !is_hex_digit(text[i + 1]) || !is_hex_digit(text[i + 2]))
            return false;
        i += 2;
    }
    return true;
}

// An escape of a control character (%0D%0A, %09) is refused too, though it is harmless
// in a Location header: nothing a page links to needs one.
bool encodes_control_character(std::string_view text)
{
    for (char const c : percent_decode(text, PlusIsSpace::No)) {
        auto const byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7F)
            return true;
    }
    return false;
}

bool is_page(std::string_view path, std::span<Route const> routes)
{
    if (path.starts_with("/api/"))
        return false;
    return find_route(routes, Method::Get, path).route != nullptr;
}

} // namespace

std::optional<std::string> checked_redirect_target(std::string_view target, std::span<Route const> routes)
{
    if (target.empty() || target.size() > max_target_bytes || target.front() != '/')
        return std::nullopt;
    if (target.size() > 1 && (target[1] == '/' || target[1] == '\\'))
        return std::nullopt;
    auto const question = target.find('?');
    auto const path = target.substr(0, question);
    auto const query = question == std::string_view::npos ? std::string_view() : target.substr(question + 1);
    if (!has_only(path, "/") || !has_only(query, "/=&+") || encodes_control_character(target))
        return std::nullopt;
    if (!is_page(path, routes))
        return std::nullopt;
    return std::string(target);
}

} // namespace bolwerk::web
