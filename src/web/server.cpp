// The one translation unit that includes Boost.Beast and Boost.Asio (STYLE.md 9.4).
#include <utility> // Boost 1.74 needs std::exchange declared before its headers.

#include "web/server.hpp"

#include "common/clock.hpp"
#include "common/text.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <limits>
#include <mutex>
#include <ostream>
#include <set>
#include <thread>
#include <vector>

namespace bolwerk::web {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

using BeastRequest = http::request<http::string_body>;
using BeastResponse = http::response<http::string_body>;

// Boost 1.74's Beast has its own string_view type.
std::string_view view(beast::string_view text) { return {text.data(), text.size()}; }

Request to_request(BeastRequest const& message, std::string remote_address)
{
    Request request;
    request.method = std::string(view(message.method_string()));
    std::string_view const target = view(message.target());
    auto const question = target.find('?');
    request.path = std::string(target.substr(0, question));
    if (question != std::string_view::npos)
        request.query = std::string(target.substr(question + 1));
    for (auto const& field : message)
        request.headers.emplace_back(to_ascii_lower(view(field.name_string())), std::string(view(field.value())));
    request.body = message.body();
    request.remote_address = std::move(remote_address);
    return request;
}

BeastResponse to_beast(Response const& response, BeastRequest const& request, bool keep_alive)
{
    BeastResponse message{static_cast<http::status>(response.status), request.version()};
    for (auto const& [name, value] : response.headers)
        message.insert(name, value);
    if (request.method() != http::verb::head)
        message.body() = response.body;
    message.keep_alive(keep_alive);
    message.content_length(response.body.size());
    return message;
}

std::string log_line(Request const& request, Response const& response, Timestamp start, double duration_ms)
{
    nlohmann::json line{{"time", format_timestamp(start)}, {"method", request.method}, {"path", request.path},
        {"status", response.status}, {"duration_ms", duration_ms}, {"remote", request.remote_address}};
    line["user"] = response.user_id ? nlohmann::json(*response.user_id) : nlohmann::json();
    return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace

struct Connection;

struct Server::Impl {
    ServerConfig config;
    Handler handler;
    std::ostream* access_log = nullptr;
    asio::io_context context;
    tcp::acceptor acceptor{context};
    std::uint16_t port = 0;
    std::vector<std::thread> threads;
    std::atomic<bool> stopping{false};
    std::mutex mutex;
    std::set<std::shared_ptr<Connection>> connections; // guarded by mutex
    std::mutex log_mutex;

    asio::awaitable<void> accept_loop();
    asio::awaitable<void> serve(std::shared_ptr<Connection> connection);
    Response call_handler(Request const& request);
    void write_log(Request const& request, Response const& response, Timestamp start,
        std::chrono::steady_clock::time_point started);
};

/// One client connection. `busy` is true from a complete request until its response
/// is written; stop() closes only connections that are not busy.
struct Connection {
    explicit Connection(tcp::socket socket)
        : stream(std::move(socket))
    {
    }
    beast::tcp_stream stream;
    bool busy = false; // touched only on the connection's strand
};

Response Server::Impl::call_handler(Request const& request)
{
    try {
        return handler(request);
    } catch (std::exception const& error) {
        // Our code returns errors as values; reaching this is a bug (STYLE.md 4.5).
        std::lock_guard lock(log_mutex);
        if (access_log)
            *access_log << nlohmann::json{{"error", std::string("unhandled exception: ") + error.what()}}.dump()
                        << '\n';
        return Response::text(500, "internal error\n");
    }
}

void Server::Impl::write_log(
    Request const& request, Response const& response, Timestamp start, std::chrono::steady_clock::time_point started)
{
    if (access_log == nullptr)
        return;
    auto const elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started);
    auto const line = log_line(request, response, start, elapsed.count());
    std::lock_guard lock(log_mutex);
    *access_log << line << std::flush;
}

asio::awaitable<void> Server::Impl::serve(std::shared_ptr<Connection> connection)
{
    beast::error_code error;
    beast::flat_buffer buffer;
    std::string remote;
    auto const endpoint = connection->stream.socket().remote_endpoint(error);
    if (!error)
        remote = endpoint.address().to_string();
    while (!stopping) {
        http::request_parser<http::string_body> parser;
        parser.header_limit(static_cast<std::uint32_t>(config.header_limit));
        // The header first: the body limit depends on the route (uploads may be larger).
        // Beast compares Content-Length with the limit as soon as the header is parsed,
        // so the limit is open while the header is read and checked here right after.
        // (Not boost::none: Boost 1.74 compares `length > none` as true.)
        parser.body_limit(config.body_limit_for ? std::numeric_limits<std::uint64_t>::max() : config.body_limit);
        connection->stream.expires_after(config.request_timeout);
        co_await http::async_read_header(
            connection->stream, buffer, parser, asio::redirect_error(asio::use_awaitable, error));
        if (!error && config.body_limit_for) {
            auto const limit = config.body_limit_for(to_request(parser.get(), remote));
            parser.body_limit(limit); // counts chunked bodies as they arrive
            if (auto const length = parser.content_length(); length && *length > limit)
                error = http::error::body_limit;
        }
        if (!error && !parser.is_done())
            co_await http::async_read(
                connection->stream, buffer, parser, asio::redirect_error(asio::use_awaitable, error));
        if (error == http::error::body_limit || error == http::error::header_limit) {
            BeastResponse too_large{http::status::payload_too_large, 11};
            too_large.body() = "request too large\n";
            too_large.keep_alive(false);
            too_large.prepare_payload();
            co_await http::async_write(connection->stream, too_large, asio::redirect_error(asio::use_awaitable, error));
            break;
        }
        if (error)
            break;
        connection->busy = true;
        auto const start = SystemClock().now();
        auto const started = std::chrono::steady_clock::now();
        auto const& message = parser.get();
        auto const request = to_request(message, remote);
        auto const response = call_handler(request);
        write_log(request, response, start, started);
        bool const keep_alive = message.keep_alive() && !stopping;
        auto reply = to_beast(response, message, keep_alive);
        co_await http::async_write(connection->stream, reply, asio::redirect_error(asio::use_awaitable, error));
        connection->busy = false;
        if (error || !keep_alive)
            break;
    }
    connection->stream.socket().shutdown(tcp::socket::shutdown_send, error);
    connection->stream.close();
    std::lock_guard lock(mutex);
    connections.erase(connection);
}

asio::awaitable<void> Server::Impl::accept_loop()
{
    while (!stopping) {
        beast::error_code error;
        auto socket = co_await acceptor.async_accept(
            asio::make_strand(context), asio::redirect_error(asio::use_awaitable, error));
        if (error) {
            if (stopping || error == asio::error::operation_aborted)
                break;
            continue; // e.g. too many open files: keep serving the connections we have
        }
        auto connection = std::make_shared<Connection>(std::move(socket));
        {
            std::lock_guard lock(mutex);
            connections.insert(connection);
        }
        auto executor = connection->stream.get_executor();
        asio::co_spawn(executor, serve(std::move(connection)), asio::detached);
    }
}

Result<void> parse_listen_address(std::string_view text, ServerConfig& config)
{
    auto const colon = text.rfind(':');
    if (colon == std::string_view::npos)
        return Error::invalid("listen address '" + std::string(text) + "' must look like ADDR:PORT");
    auto address = text.substr(0, colon);
    if (address.size() >= 2 && address.front() == '[' && address.back() == ']')
        address = address.substr(1, address.size() - 2);
    auto const port_text = text.substr(colon + 1);
    if (!is_ascii_digits(port_text) || port_text.size() > 5 || std::stoul(std::string(port_text)) > 65535)
        return Error::invalid("port '" + std::string(port_text) + "' must be a number from 0 to 65535");
    beast::error_code error;
    asio::ip::make_address(address.empty() ? "127.0.0.1" : std::string(address), error);
    if (error)
        return Error::invalid("'" + std::string(address) + "' is not an IP address");
    config.address = address.empty() ? "127.0.0.1" : std::string(address);
    config.port = static_cast<std::uint16_t>(std::stoul(std::string(port_text)));
    return ok();
}

Result<std::unique_ptr<Server>> Server::start(ServerConfig const& config, Handler handler, std::ostream* access_log)
{
    auto impl = std::make_unique<Impl>();
    impl->config = config;
    impl->handler = std::move(handler);
    impl->access_log = access_log;
    beast::error_code error;
    auto const address = asio::ip::make_address(config.address, error);
    if (error)
        return Error::invalid("'" + config.address + "' is not an IP address");
    tcp::endpoint const endpoint{address, config.port};
    impl->acceptor.open(endpoint.protocol(), error);
    if (!error)
        impl->acceptor.set_option(asio::socket_base::reuse_address(true), error);
    if (!error)
        impl->acceptor.bind(endpoint, error);
    if (!error)
        impl->acceptor.listen(asio::socket_base::max_listen_connections, error);
    if (error)
        return Error::unavailable(
            "cannot listen on " + config.address + ":" + std::to_string(config.port) + ": " + error.message());
    impl->port = impl->acceptor.local_endpoint(error).port();
    asio::co_spawn(impl->context, impl->accept_loop(), asio::detached);
    for (std::size_t i = 0; i < std::max<std::size_t>(1, config.threads); ++i)
        impl->threads.emplace_back([context = &impl->context] { context->run(); });
    return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Server::Server(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

Server::~Server() { stop(); }

std::uint16_t Server::port() const { return m_impl->port; }

void Server::stop()
{
    if (m_impl->threads.empty())
        return;
    m_impl->stopping = true;
    asio::post(m_impl->acceptor.get_executor(), [impl = m_impl.get()] {
        beast::error_code ignored;
        impl->acceptor.close(ignored);
    });
    {
        // Close idle connections on their own strand; a busy one finishes its
        // response and then sees `stopping`.
        std::lock_guard lock(m_impl->mutex);
        for (auto const& connection : m_impl->connections) {
            asio::post(connection->stream.get_executor(), [connection] {
                beast::error_code ignored;
                if (!connection->busy)
                    connection->stream.socket().cancel(ignored);
            });
        }
    }
    for (auto& thread : m_impl->threads)
        thread.join();
    m_impl->threads.clear();
}

} // namespace bolwerk::web
