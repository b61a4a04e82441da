#include <utility> // Boost 1.74 needs std::exchange declared before its headers.

#include "support/http_client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <cctype>
#include <cstdio>

namespace bolwerk::testing {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

struct HttpClient::Impl {
    std::uint16_t port;
    asio::io_context context;
    std::optional<beast::tcp_stream> stream;
    beast::flat_buffer buffer;
    std::string source_address;

    beast::error_code connect()
    {
        stream.emplace(context);
        beast::error_code error;
        if (!source_address.empty()) {
            stream->socket().open(asio::ip::tcp::v4(), error);
            if (!error)
                stream->socket().bind(asio::ip::tcp::endpoint(asio::ip::make_address(source_address), 0), error);
            if (error)
                return error;
        }
        stream->connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port), error);
        buffer.clear();
        return error;
    }
};

std::optional<std::string> HttpReply::header(std::string const& name) const
{
    for (auto const& [key, value] : headers) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

std::vector<std::string> HttpReply::headers_named(std::string const& name) const
{
    std::vector<std::string> values;
    for (auto const& [key, value] : headers) {
        if (key == name)
            values.push_back(value);
    }
    return values;
}

HttpClient::HttpClient(std::uint16_t port)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->port = port;
}

HttpClient::~HttpClient() = default;

void HttpClient::set_source_address(std::string address)
{
    m_impl->source_address = std::move(address);
    m_impl->stream.reset();
}
HttpClient::HttpClient(HttpClient&&) noexcept = default;
HttpClient& HttpClient::operator=(HttpClient&&) noexcept = default;

std::string encode_form(std::vector<std::pair<std::string, std::string>> const& fields)
{
    auto const encode = [](std::string const& text) {
        std::string out;
        for (unsigned char const c : text) {
            if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
                out += static_cast<char>(c);
            } else {
                char hex[4];
                std::snprintf(hex, sizeof hex, "%%%02X", c);
                out += hex;
            }
        }
        return out;
    };
    std::string body;
    for (auto const& [name, value] : fields)
        body += (body.empty() ? "" : "&") + encode(name) + "=" + encode(value);
    return body;
}

HttpReply HttpClient::get(std::string const& target, std::vector<std::pair<std::string, std::string>> const& headers)
{
    return send("GET", target, "", headers);
}

HttpReply HttpClient::post_form(std::string const& target,
    std::vector<std::pair<std::string, std::string>> const& fields,
    std::vector<std::pair<std::string, std::string>> const& headers)
{
    auto all = headers;
    all.emplace_back("Content-Type", "application/x-www-form-urlencoded");
    return send("POST", target, encode_form(fields), all);
}

HttpReply HttpClient::send(std::string const& method, std::string const& target, std::string const& body,
    std::vector<std::pair<std::string, std::string>> const& headers)
{
    http::request<http::string_body> request{http::string_to_verb(method), target, 11};
    request.set(http::field::host, "127.0.0.1");
    std::string cookie_header;
    for (auto const& [name, value] : m_cookies)
        cookie_header += (cookie_header.empty() ? "" : "; ") + name + "=" + value;
    if (!cookie_header.empty())
        request.set(http::field::cookie, cookie_header);
    for (auto const& [name, value] : headers)
        request.set(name, value);
    request.body() = body;
    request.prepare_payload();
    http::response<http::string_body> response;
    for (int attempt = 0; attempt < 2; ++attempt) {
        beast::error_code error;
        if (!m_impl->stream || attempt > 0)
            error = m_impl->connect();
        if (error)
            return HttpReply{0, {}, error.message()};
        // A server may answer (413) and close before the whole body is written: read
        // its answer even when the write failed.
        http::write(*m_impl->stream, request, error);
        http::read(*m_impl->stream, m_impl->buffer, response, error);
        if (!error)
            break;
        response = {};
        if (attempt == 1)
            return HttpReply{0, {}, error.message()};
    }
    HttpReply reply;
    reply.status = response.result_int();
    for (auto const& field : response) {
        std::string name(field.name_string());
        for (auto& c : name)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        reply.headers.emplace_back(name, std::string(field.value()));
    }
    reply.body = response.body();
    for (auto const& set_cookie : reply.headers_named("set-cookie")) {
        auto const pair = set_cookie.substr(0, set_cookie.find(';'));
        auto const equals = pair.find('=');
        auto const name = pair.substr(0, equals);
        auto const value = pair.substr(equals + 1);
        if (value.empty() || set_cookie.find("Max-Age=0") != std::string::npos)
            m_cookies.erase(name);
        else
            m_cookies[name] = value;
    }
    if (!response.keep_alive())
        m_impl->stream.reset();
    return reply;
}

} // namespace bolwerk::testing
