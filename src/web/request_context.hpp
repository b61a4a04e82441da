#pragma once

#include "common/clock.hpp"
#include "store/forward.hpp"
#include "web/application.hpp"
#include "web/http.hpp"
#include "web/router.hpp"

namespace bolwerk::web {

/// Everything the application holds for its lifetime and handlers share: the
/// database, the clock, the configuration. Immutable after start-up; safe to
/// share between threads.
struct Services {
    store::Database& database;
    Clock const& clock;
    WebConfig config;
};

/// One request on its way through the middleware to a handler. Lives for one request.
struct RequestContext {
    Request const& request;
    Services const& services;
    PathParameters parameters;
};

} // namespace bolwerk::web
