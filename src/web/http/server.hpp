#pragma once

#include "common/result.hpp"
#include "web/http/forwarded.hpp"
#include "web/http/http.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace bolwerk::web {

/// How long a 503 asks the client to wait before it tries again (Retry-After, seconds).
inline constexpr std::string_view retry_after_seconds = "5";

/// What the application decides about a request once its header has arrived, before
/// the server reads its body.
struct BodyDecision {
    std::size_t body_limit = 0; ///< The largest body the server will read for it.
    /// When set, the server answers this at once (with `Connection: close`) and never
    /// reads the body: e.g. a 401 for an upload whose credentials do not hold.
    std::optional<Response> refusal;
};

/// Where and how the server listens, and the limits it enforces on every request.
struct ServerConfig {
    std::string address = "127.0.0.1"; ///< Loopback unless told otherwise (STYLE.md 10.4).
    std::uint16_t port = 8080; ///< 0 picks a free port (tests).
    std::size_t threads = 2;
    std::size_t header_limit = 16 * 1024;
    std::size_t body_limit = 1024 * 1024;
    /// Decides the body limit of one request, or refuses it, from its method, path and
    /// headers (the body is empty) once the header has arrived; unset means
    /// `body_limit` for all. Lets upload routes accept more than the default, for
    /// callers whose credentials hold, without raising it for every route or caller.
    /// Called on the server's threads, so it must be safe to share.
    std::function<BodyDecision(Request const& header_only)> on_header;
    /// At most this many requests at once may send a body larger than `body_limit`
    /// (uploads); one more gets 503 with Retry-After before its body is read.
    std::size_t max_large_bodies = 4;
    /// A request must arrive completely within this time; an idle keep-alive
    /// connection is closed after it.
    std::chrono::seconds request_timeout{30};
    /// Reverse proxies whose X-Forwarded-For and X-Forwarded-Proto count (throttling,
    /// the access log, Secure cookies and HSTS); none by default.
    TrustedProxies trusted_proxies;
};

/// Parses "ADDR:PORT" ("127.0.0.1:8080", "[::1]:8080", ":8080").
Result<void> parse_listen_address(std::string_view text, ServerConfig& config);

/// The application: turns one request into one response. Called on the server's
/// threads, several at once, so it must be safe to share between threads.
using Handler = std::function<Response(Request const&)>;

/// An HTTP/1.1 server (Boost.Beast with C++20 coroutines) with keep-alive, size and
/// time limits, and an access log of one JSON line per request (time, method, path,
/// status, duration, user id, and for a 5xx the reason the application gave; never the
/// query string, headers or bodies, which may carry secrets; BIO2 8.15). The handler
/// and the log stream must outlive the server.
///
/// Stopping drains (issue #10 item 11): connections the kernel has already accepted
/// into the listen backlog are still taken and answered, a keep-alive connection whose
/// next request has already arrived is answered, requests in flight finish, and every
/// answer after the stop carries `Connection: close`; only connections with nothing
/// sent are closed at once. A reverse proxy should stop sending first: the caller lets
/// `/readyz` fail for a grace period before it calls shutdown() (`serve --drain-seconds`).
/// Its methods may be called from any thread.
class Server {
public:
    /// Binds the address and starts the threads; returns once the port is open.
    static Result<std::unique_ptr<Server>> start(ServerConfig const& config, Handler handler, std::ostream* access_log);
    ~Server();
    Server(Server const&) = delete;
    Server& operator=(Server const&) = delete;

    std::uint16_t port() const;
    /// Begins the stop described above and returns at once.
    void shutdown();
    /// Waits until every connection is answered and closed (after shutdown()).
    void wait();
    /// shutdown(), then wait().
    void stop();

    struct Impl;

private:
    explicit Server(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace bolwerk::web
