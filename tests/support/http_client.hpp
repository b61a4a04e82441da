#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace bolwerk::testing {

/// A reply as the test client saw it. Header names are lower case.
struct HttpReply {
    unsigned status = 0;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;

    std::optional<std::string> header(std::string const& name) const;
    std::vector<std::string> headers_named(std::string const& name) const;
};

/// A small blocking HTTP/1.1 client for tests, over one keep-alive connection to
/// 127.0.0.1:`port`; it reconnects when the server closed the connection. It keeps
/// cookies like a browser does (name → value, no expiry rules). Not thread-safe.
class HttpClient {
public:
    explicit HttpClient(std::uint16_t port);
    ~HttpClient();
    HttpClient(HttpClient&&) noexcept;
    HttpClient& operator=(HttpClient&&) noexcept;

    HttpReply get(std::string const& target, std::vector<std::pair<std::string, std::string>> const& headers = {});
    HttpReply post_form(std::string const& target, std::vector<std::pair<std::string, std::string>> const& fields,
        std::vector<std::pair<std::string, std::string>> const& headers = {});
    HttpReply send(std::string const& method, std::string const& target, std::string const& body,
        std::vector<std::pair<std::string, std::string>> const& headers);

    std::map<std::string, std::string>& cookies() { return m_cookies; }
    /// Connects from this loopback address (e.g. "127.0.0.2"; the whole of 127.0.0.0/8 is
    /// loopback on Linux), so that a test can act as clients at different addresses.
    void set_source_address(std::string address);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::map<std::string, std::string> m_cookies;
};

/// `a=1&b=2`, percent-encoded.
std::string encode_form(std::vector<std::pair<std::string, std::string>> const& fields);

} // namespace bolwerk::testing
