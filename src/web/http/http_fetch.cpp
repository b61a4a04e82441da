// Outgoing HTTP with Boost.Beast; the second of the two Beast translation units.
#include <utility> // Boost 1.74 needs std::exchange declared before its headers.

#include "web/http/http_fetch.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace bolwerk::web {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

namespace {

struct Url {
    std::string host;
    std::string port;
    std::string target;
};

Result<Url> parse_url(std::string const& url)
{
    constexpr std::string_view scheme = "http://";
    if (!url.starts_with(scheme))
        return Error::unavailable("only http:// URLs can be fetched for now: " + url);
    auto const rest = url.substr(scheme.size());
    auto const slash = rest.find('/');
    auto const authority = rest.substr(0, slash);
    Url parsed{authority, "80", slash == std::string::npos ? "/" : rest.substr(slash)};
    if (auto const colon = authority.rfind(':'); colon != std::string::npos) {
        parsed.host = authority.substr(0, colon);
        parsed.port = authority.substr(colon + 1);
    }
    if (parsed.host.empty())
        return Error::invalid("no host in URL " + url);
    return parsed;
}

Result<FetchReply> fetch(http::verb verb, std::string const& url, std::string const& body, std::chrono::seconds timeout)
{
    auto const parsed = TRY(parse_url(url));
    asio::io_context context;
    beast::tcp_stream stream(context);
    beast::error_code error;
    asio::ip::tcp::resolver resolver(context);
    auto const endpoints = resolver.resolve(parsed.host, parsed.port, error);
    if (error)
        return Error::unavailable("cannot resolve " + parsed.host + ": " + error.message());
    stream.expires_after(timeout);
    stream.connect(endpoints, error);
    if (error)
        return Error::unavailable("cannot connect to " + url + ": " + error.message());
    http::request<http::string_body> request{verb, parsed.target, 11};
    request.set(http::field::host, parsed.host + ":" + parsed.port);
    request.set(http::field::accept, "application/json");
    if (verb == http::verb::post)
        request.set(http::field::content_type, "application/x-www-form-urlencoded");
    request.body() = body;
    request.prepare_payload();
    http::write(stream, request, error);
    beast::flat_buffer buffer;
    http::response<http::string_body> response;
    if (!error)
        http::read(stream, buffer, response, error);
    if (error)
        return Error::unavailable("request to " + url + " failed: " + error.message());
    stream.socket().shutdown(asio::ip::tcp::socket::shutdown_both, error);
    return FetchReply{response.result_int(), response.body()};
}

} // namespace

Result<FetchReply> http_get(std::string const& url, std::chrono::seconds timeout)
{
    return fetch(http::verb::get, url, "", timeout);
}

Result<FetchReply> http_post_form(std::string const& url, std::string const& body, std::chrono::seconds timeout)
{
    return fetch(http::verb::post, url, body, timeout);
}

} // namespace bolwerk::web
