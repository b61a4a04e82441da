#pragma once

#include "app/services.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/user.hpp"
#include "web/core/web_config.hpp"
#include "web/http/http.hpp"
#include "web/http/server.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace bolwerk::web {

/// The folder with the web resources when none is configured: the source tree this
/// binary was built from, or $BOLWERK_RESOURCES.
std::filesystem::path default_resource_root();

/// The Bolwerk web application: routes, pages, the JSON API and the middleware in
/// front of them (security headers, sessions, CSRF). Turns one Request into one
/// Response. Builds the use cases once (app::Services) on the database it is given;
/// keeps references to the database and clock, which must outlive it.
/// Safe to share between threads: handle() may run on several threads at once.
class Application {
public:
    static Result<std::unique_ptr<Application>> create(app::Storage storage, Clock const& clock, WebConfig config);
    ~Application();
    Application(Application const&) = delete;
    Application& operator=(Application const&) = delete;

    Response handle(Request const& request) const;

    /// Decides, once the header of a request has arrived, whether its body may be read
    /// (for ServerConfig::on_header). An upload route (Payload::Upload) takes a body up
    /// to the evidence limit only from a caller whose credentials hold, checked from the
    /// headers before the body is read: a session or API token, and on the API the
    /// X-CSRF-Token of a session (issue #10 item 6). Credentials that do not hold get
    /// their refusal at once (401, 403, a redirect; 503 if the database is down);
    /// without any, and on every other route, the limit is `default_limit`.
    BodyDecision decide_body(Request const& header_only, std::size_t default_limit) const;

    /// Starts the stop: /readyz answers 503 from now on, so that a load balancer stops
    /// sending before the server closes its listener (issue #10 item 11).
    void begin_drain();

    struct State;

private:
    explicit Application(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace bolwerk::web
