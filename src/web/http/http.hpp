#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bolwerk::web {

/// One HTTP request as the server hands it to the application: our own small type,
/// so that only server.cpp sees Boost.Beast (STYLE.md 9.4). Header names are lower
/// case. Plain data; not shared between threads.
struct Request {
    std::string method; ///< "GET", "POST", … as sent.
    std::string path; ///< The target up to '?', still percent-encoded.
    std::string query; ///< The target after '?', without it.
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    std::string remote_address; ///< The peer's IP address.
    bool secure = false; ///< True when the connection used TLS.

    /// The first header called `name` (lower case), if any.
    std::optional<std::string_view> header(std::string_view name) const;
};

/// One HTTP response. `user_id` and `log_detail` are not sent: the server writes them
/// to the access log.
///
/// Headers are added through set_header() and add_header(), which refuse a name that
/// is not an RFC 9110 token and a value with CR, LF, NUL or another control character
/// but tab (issue #10: a CR/LF from a request split the response and set cookies). A
/// refused header is not added, the refusal is logged to stderr (the name only: a value
/// may be a secret) and `header_refused` is set, so that Application::handle answers 500
/// instead of a response that lacks a header. It is a programmer's mistake, since every
/// value from a request must be checked before it gets here, but a request can trigger
/// it, so it must not abort the process (BOLWERK_VERIFY would let one request stop the
/// server: a denial of service).
struct Response {
    unsigned status = 200;
    std::vector<std::pair<std::string, std::string>> headers; ///< Read by the server; add through the functions.
    std::string body;
    std::optional<std::int64_t> user_id;
    bool header_refused = false;
    /// Why an error answer was given (e.g. the database's own message), for operators
    /// only: the client gets a generic text (issue #10 item 14). Empty for most answers.
    std::string log_detail;

    /// Replaces every header called `name` (case-insensitive) with one value.
    void set_header(std::string_view name, std::string value);
    /// Adds a header even if one of that name exists (Set-Cookie).
    void add_header(std::string_view name, std::string value);
    std::optional<std::string_view> header(std::string_view name) const;

    static Response text(
        unsigned status, std::string body, std::string_view content_type = "text/plain; charset=utf-8");
    static Response redirect(std::string location); ///< 303 See Other.
};

/// Percent-decoding of a path segment or form value; '+' becomes a space when
/// `plus_is_space` (forms). Invalid escapes are kept as they are.
enum class PlusIsSpace : std::uint8_t { No, Yes };
std::string percent_decode(std::string_view text, PlusIsSpace plus_is_space);
std::string percent_encode(std::string_view text);

/// Parses `a=1&b=2` (a query string or an application/x-www-form-urlencoded body).
std::vector<std::pair<std::string, std::string>> parse_form(std::string_view text);
std::optional<std::string> form_value(
    std::vector<std::pair<std::string, std::string>> const& form, std::string_view name);

/// The value of cookie `name` in a Cookie header.
std::optional<std::string> cookie_value(Request const& request, std::string_view name);

} // namespace bolwerk::web
