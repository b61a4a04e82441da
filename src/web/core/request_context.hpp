#pragma once

#include "app/actor.hpp"
#include "app/services.hpp"
#include "common/clock.hpp"
#include "web/core/messages.hpp"
#include "web/core/templates.hpp"
#include "web/core/web_config.hpp"
#include "web/http/http.hpp"
#include "web/http/multipart.hpp"
#include "web/http/route.hpp"
#include "web/http/router.hpp"
#include "web/http/static_files.hpp"

#include <atomic>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace bolwerk::web {

/// Everything the application holds for its lifetime and handlers share: the use
/// cases (app::Services, which owns the only handle on the database web/ gets), the
/// clock, the configuration, templates and messages. Built once by
/// Application::create and never moved. Immutable after start-up except `draining`
/// (atomic); safe to share between threads:
/// - the use cases: see app::Services (stateless or immutable after start-up);
/// - immutable after start-up, so read concurrently without locks: config, messages,
///   static_files, routes;
/// - thread-safe by design: templates (each thread renders its own parsed copy, see
///   Templates), draining (atomic).
struct Services {
    Services(std::unique_ptr<app::Services> app_, WebConfig config_);

    /// Every use case, built once (issue #11 item 3); handlers call them on this object.
    std::unique_ptr<app::Services> const app;
    Clock const& clock;
    WebConfig config;
    std::unique_ptr<Templates> templates;
    Messages messages;
    StaticFiles static_files;
    /// Every route of the application (the table at the top of web/ that joins the
    /// features' lists); set by Application::create.
    std::span<Route const> routes;
    /// Set when the server is about to stop: /readyz fails so that a proxy stops sending.
    std::atomic<bool> draining{false};
};

/// One request on its way through the middleware to a handler. Lives for one request.
struct RequestContext {
    /// The services are stateless use cases; handlers call them on the shared object.
    RequestContext(Request const& request_, Services& services_, PathParameters parameters_, Language language_)
        : request(request_)
        , services(services_)
        , parameters(std::move(parameters_))
        , language(language_)
    {
    }

    Request const& request;
    Services& services;
    PathParameters parameters;
    Language language = Language::Dutch;
    /// The signed-in session, for browser routes (and the API when used from a page).
    std::optional<app::SessionState> session;
    /// Who is asking: the session's user with their roles, an API token, or nobody
    /// (an actor without user and roles, whom authorise() refuses).
    app::Actor actor{app::Actor::Kind::User, "anonymous", std::nullopt, false, {}};

    /// The form fields of an application/x-www-form-urlencoded body, or the fields
    /// (not the files) of a multipart/form-data body.
    std::vector<std::pair<std::string, std::string>> const& form();
    std::string field(std::string_view name);
    std::string text(std::string_view key) const { return services.messages.text(language, key); }
    /// The parts of a multipart/form-data body, files included; empty for another body.
    /// The parts point into the request body.
    std::vector<MultipartPart> const& parts();
    /// Why a multipart/form-data body could not be read, if it could not.
    std::optional<Error> const& body_error();

private:
    void read_body();

    std::optional<std::vector<std::pair<std::string, std::string>>> m_form;
    std::vector<MultipartPart> m_parts;
    std::optional<Error> m_body_error;
};

/// Today's date by the application's clock (UTC), for expiry and due dates.
Date today(RequestContext const& context);

} // namespace bolwerk::web
