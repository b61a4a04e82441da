// The one translation unit that includes Boost.Beast and Boost.Asio (STYLE.md 9.4).
#include <utility> // Boost 1.74 needs std::exchange declared before its headers.

#include "web/http/server.hpp"

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
using Parser = http::request_parser<http::string_body>;

/// The most the server reads at once while it waits for the start of a request.
constexpr std::size_t first_read_size = 4096;

// Boost 1.74's Beast has its own string_view type.
std::string_view view(beast::string_view text) { return {text.data(), text.size()}; }

// The request line and header fields; the caller moves the body in once it is read.
Request to_request(BeastRequest const& message, std::string const& peer, TrustedProxies const& proxies)
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
    // Issue #19 item 2: behind a trusted reverse proxy, the client it names. Several
    // X-Forwarded-For lines are one list (RFC 9110 5.3), in the order received.
    std::optional<std::string> forwarded_for;
    for (auto const& [name, value] : request.headers) {
        if (name == "x-forwarded-for")
            forwarded_for = forwarded_for ? *forwarded_for + ", " + value : value;
    }
    auto origin = client_origin(proxies, peer, forwarded_for, request.header("x-forwarded-proto"));
    request.remote_address = std::move(origin.address);
    request.secure = origin.https;
    return request;
}

/// How an answer is framed: the request's HTTP version and method, and whether the
/// connection stays open after it.
struct Framing {
    unsigned version = 11;
    bool head = false;
    bool keep_alive = false;
};

BeastResponse to_beast(Response&& response, Framing framing)
{
    BeastResponse message{static_cast<http::status>(response.status), framing.version};
    for (auto const& [name, value] : response.headers)
        message.insert(name, value);
    auto const length = response.body.size();
    if (!framing.head)
        message.body() = std::move(response.body); // evidence downloads can be large: no copy
    message.keep_alive(framing.keep_alive);
    message.content_length(length);
    return message;
}

Response too_large() { return Response::text(413, "request too large\n"); }

std::string log_line(Request const& request, Response const& response, Timestamp start, double duration_ms)
{
    nlohmann::json line{{"time", format_timestamp(start)}, {"method", request.method}, {"path", request.path},
        {"status", response.status}, {"duration_ms", duration_ms}, {"remote", request.remote_address}};
    line["user"] = response.user_id ? nlohmann::json(*response.user_id) : nlohmann::json();
    if (!response.log_detail.empty())
        line["error"] = response.log_detail;
    return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

/// One of the few places for a request that sends a large body (an upload); given
/// back when destroyed. Not copyable; lives on one connection's strand.
class LargeBodySlot {
public:
    LargeBodySlot() = default;
    LargeBodySlot(LargeBodySlot const&) = delete;
    LargeBodySlot& operator=(LargeBodySlot const&) = delete;
    ~LargeBodySlot() { release(); }

    /// Gives the place back before the object goes (once the body is no longer held).
    void release()
    {
        if (m_count)
            m_count->fetch_sub(1);
        m_count = nullptr;
    }

    /// Takes a place when fewer than `capacity` are taken.
    bool take(std::atomic<std::size_t>& count, std::size_t capacity)
    {
        auto taken = count.load();
        while (taken < capacity) {
            if (count.compare_exchange_weak(taken, taken + 1)) {
                m_count = &count;
                return true;
            }
        }
        return false;
    }

private:
    std::atomic<std::size_t>* m_count = nullptr;
};

} // namespace

/// One client connection. `idle` is true while it waits for the first byte of a next
/// request; stopping closes only idle connections with nothing waiting in the socket.
struct Connection {
    explicit Connection(tcp::socket socket)
        : stream(std::move(socket))
    {
    }
    beast::tcp_stream stream;
    bool idle = false; // touched only on the connection's strand
};

struct Server::Impl {
    ServerConfig config;
    Handler handler;
    std::ostream* access_log = nullptr;
    asio::io_context context;
    asio::strand<asio::io_context::executor_type> accept_strand{asio::make_strand(context)};
    tcp::acceptor acceptor{context};
    std::uint16_t port = 0;
    std::vector<std::thread> threads;
    std::atomic<bool> stopping{false};
    std::atomic<std::size_t> large_bodies{0}; // requests now sending a body over config.body_limit
    std::mutex mutex;
    std::set<std::shared_ptr<Connection>> connections; // guarded by mutex
    std::mutex log_mutex;

    asio::awaitable<void> accept_loop();
    void accept_backlog();
    void start_connection(tcp::socket socket);
    asio::awaitable<void> serve(std::shared_ptr<Connection> connection);
    asio::awaitable<bool> next_request_arrived(Connection& connection, beast::flat_buffer& buffer);
    asio::awaitable<bool> answer_request(Connection& connection, beast::flat_buffer& buffer, std::string const& remote);
    std::optional<Response> admit_body(Parser& parser, Request const& header_only, LargeBodySlot& slot);
    asio::awaitable<bool> write_response(Connection& connection, Response response, Framing framing);
    Response call_handler(Request const& request);
    BodyDecision decide_body(Request const& header_only);
    void write_log(Request const& request, Response const& response, Timestamp start,
        std::chrono::steady_clock::time_point started);
};

namespace {

// Closes a keep-alive connection that waits for a next request, unless that request
// has already arrived: its bytes wait in the socket because every thread was busy when
// the stop came, and it is answered first (issue #10 item 11). Runs on the strand.
void close_if_idle(Connection& connection)
{
    beast::error_code ignored;
    if (connection.idle && connection.stream.socket().available(ignored) == 0)
        connection.stream.socket().cancel(ignored);
}

Framing framing_of(BeastRequest const& message, bool keep_alive)
{
    return {message.version(), message.method() == http::verb::head, keep_alive};
}

bool expects_continue(BeastRequest const& message)
{
    return beast::iequals(message[http::field::expect], "100-continue");
}

// Our code returns errors as values; an exception reaching the server is a bug
// (STYLE.md 4.5), answered with 500 and logged.
Response unhandled(std::exception const& error)
{
    auto response = Response::text(500, "internal error\n");
    response.log_detail = std::string("unhandled exception: ") + error.what();
    return response;
}

} // namespace

Response Server::Impl::call_handler(Request const& request)
{
    try {
        return handler(request);
    } catch (std::exception const& error) {
        return unhandled(error);
    }
}

BodyDecision Server::Impl::decide_body(Request const& header_only)
{
    if (!config.on_header)
        return {config.body_limit, std::nullopt};
    try {
        return config.on_header(header_only);
    } catch (std::exception const& error) {
        return {config.body_limit, unhandled(error)};
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
    std::string remote;
    auto const endpoint = connection->stream.socket().remote_endpoint(error);
    if (!error)
        remote = endpoint.address().to_string();
    beast::flat_buffer buffer;
    while (co_await next_request_arrived(*connection, buffer)) {
        if (!co_await answer_request(*connection, buffer, remote))
            break;
    }
    connection->stream.socket().shutdown(tcp::socket::shutdown_send, error);
    connection->stream.close();
    std::lock_guard lock(mutex);
    connections.erase(connection);
}

// Waits for the first bytes of the next request. False when the connection closes
// instead: the client closed it or stayed idle too long, or the server is stopping and
// nothing of a next request has arrived.
asio::awaitable<bool> Server::Impl::next_request_arrived(Connection& connection, beast::flat_buffer& buffer)
{
    if (buffer.size() > 0)
        co_return true; // pipelined: it is here already
    beast::error_code error;
    if (stopping && connection.stream.socket().available(error) == 0)
        co_return false;
    connection.idle = true;
    connection.stream.expires_after(config.request_timeout);
    auto const read = co_await connection.stream.async_read_some(
        buffer.prepare(first_read_size), asio::redirect_error(asio::use_awaitable, error));
    connection.idle = false;
    buffer.commit(read);
    co_return !error;
}

// Reads one request and writes its answer; false when the connection must close.
asio::awaitable<bool> Server::Impl::answer_request(
    Connection& connection, beast::flat_buffer& buffer, std::string const& remote)
{
    Parser parser;
    parser.header_limit(static_cast<std::uint32_t>(config.header_limit));
    // The body limit is decided once the header is known (admit_body). Beast compares
    // Content-Length with the limit as soon as the header is parsed, so it is open
    // until then. (Not boost::none: Boost 1.74 compares `length > none` as true.)
    parser.body_limit(std::numeric_limits<std::uint64_t>::max());
    beast::error_code error;
    connection.stream.expires_after(config.request_timeout);
    co_await http::async_read_header(
        connection.stream, buffer, parser, asio::redirect_error(asio::use_awaitable, error));
    if (error == http::error::header_limit)
        co_await write_response(connection, too_large(), {});
    if (error)
        co_return false;
    auto const start = SystemClock().now();
    auto const started = std::chrono::steady_clock::now();
    auto request = to_request(parser.get(), remote, config.trusted_proxies);
    LargeBodySlot slot;
    if (auto refusal = admit_body(parser, request, slot)) {
        // Answered before the body is read; the client may stop sending it.
        write_log(request, *refusal, start, started);
        co_await write_response(connection, std::move(*refusal), framing_of(parser.get(), false));
        co_return false;
    }
    if (!parser.is_done() && expects_continue(parser.get())) {
        http::response<http::empty_body> go_on{http::status::continue_, parser.get().version()};
        co_await http::async_write(connection.stream, go_on, asio::redirect_error(asio::use_awaitable, error));
    }
    if (!error && !parser.is_done())
        co_await http::async_read(connection.stream, buffer, parser, asio::redirect_error(asio::use_awaitable, error));
    if (error == http::error::body_limit)
        co_await write_response(connection, too_large(), framing_of(parser.get(), false));
    if (error)
        co_return false;
    auto message = parser.release();
    request.body = std::move(message.body());
    auto response = call_handler(request);
    std::string().swap(request.body);
    slot.release(); // before the answer goes out, so a client that has it may upload again
    write_log(request, response, start, started);
    bool const keep_alive = message.keep_alive() && !stopping;
    bool const written = co_await write_response(connection, std::move(response), framing_of(message, keep_alive));
    bool const stays_open = written && keep_alive;
    co_return stays_open;
}

// Decides from the header alone whether the body may be read: the application's
// refusal, 413 when the declared length is over the limit, 503 when too many large
// bodies are on their way already (issue #10 item 6). Sets the parser's limit.
std::optional<Response> Server::Impl::admit_body(Parser& parser, Request const& header_only, LargeBodySlot& slot)
{
    auto decision = decide_body(header_only);
    if (decision.refusal)
        return std::move(decision.refusal);
    parser.body_limit(decision.body_limit); // also counts a chunked body as it arrives
    auto const length = parser.content_length();
    if (length && *length > decision.body_limit)
        return too_large();
    bool const large
        = !parser.is_done() && decision.body_limit > config.body_limit && (!length || *length > config.body_limit);
    if (large && !slot.take(large_bodies, config.max_large_bodies)) {
        auto busy = Response::text(503, "too many uploads at once; try again shortly\n");
        busy.set_header("Retry-After", std::string(retry_after_seconds));
        return busy;
    }
    return std::nullopt;
}

asio::awaitable<bool> Server::Impl::write_response(Connection& connection, Response response, Framing framing)
{
    auto reply = to_beast(std::move(response), framing);
    beast::error_code error;
    connection.stream.expires_after(config.request_timeout);
    co_await http::async_write(connection.stream, reply, asio::redirect_error(asio::use_awaitable, error));
    co_return !error;
}

void Server::Impl::start_connection(tcp::socket socket)
{
    auto connection = std::make_shared<Connection>(std::move(socket));
    {
        std::lock_guard lock(mutex);
        connections.insert(connection);
    }
    auto executor = connection->stream.get_executor();
    asio::co_spawn(executor, serve(std::move(connection)), asio::detached);
}

// Runs on accept_strand, like everything else that touches the acceptor.
asio::awaitable<void> Server::Impl::accept_loop()
{
    while (!stopping) {
        beast::error_code error;
        auto socket = co_await acceptor.async_accept(
            asio::make_strand(context), asio::redirect_error(asio::use_awaitable, error));
        if (!error)
            start_connection(std::move(socket)); // accepted, so answered even if the stop came meanwhile
        else if (error == asio::error::operation_aborted)
            break;
        // Otherwise (e.g. too many open files) keep serving the connections we have.
    }
    accept_backlog();
    beast::error_code ignored;
    acceptor.close(ignored);
}

// Takes the connections the kernel completed before the stop: they wait in the listen
// backlog with their requests sent, and closing the listener would reset them.
void Server::Impl::accept_backlog()
{
    beast::error_code error;
    acceptor.non_blocking(true, error);
    while (!error) {
        tcp::socket socket(asio::make_strand(context));
        acceptor.accept(socket, error);
        if (!error)
            start_connection(std::move(socket));
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
    asio::co_spawn(impl->accept_strand, impl->accept_loop(), asio::detached);
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

void Server::shutdown()
{
    if (m_impl->stopping.exchange(true))
        return;
    auto* impl = m_impl.get();
    // The accept loop then takes what waits in the backlog and closes the listener.
    asio::post(impl->accept_strand, [impl] {
        beast::error_code ignored;
        impl->acceptor.cancel(ignored);
    });
    std::lock_guard lock(impl->mutex);
    for (auto const& connection : impl->connections)
        asio::post(connection->stream.get_executor(), [connection] { close_if_idle(*connection); });
}

void Server::wait()
{
    for (auto& thread : m_impl->threads)
        thread.join();
    m_impl->threads.clear();
}

void Server::stop()
{
    shutdown();
    wait();
}

} // namespace bolwerk::web
