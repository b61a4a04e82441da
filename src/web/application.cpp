#include "web/application.hpp"

#include "app/credentials.hpp"
#include "common/digest.hpp"
#include "web/core/csrf_mask.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/core/request_text.hpp"
#include "web/http/content_coding.hpp"
#include "web/http/http_fetch.hpp"
#include "web/http/problem.hpp"
#include "web/http/security_headers.hpp"
#include "web/http/static_files.hpp"
#include "web/route_table.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <exception>

namespace bolwerk::web {

struct Application::State {
    std::unique_ptr<Services> services;
};

namespace {

/// The folders under src/web/ whose templates/ and messages/ the application loads: the
/// kit's shell and shared pages, then one per feature (each feature keeps its own texts).
constexpr std::array<std::string_view, 11> resource_folders{"core", "home", "identity", "organisation", "assessment",
    "catalog", "evidence", "risk", "vvt", "supplier", "incident"};

using Stage = app::SessionState::Stage;

Result<StaticFiles> load_assets(std::filesystem::path const& root)
{
    auto const nlds = root / "node_modules";
    return StaticFiles::load({
        {"/static/", root / "src/web/static", {".css", ".svg", ".txt"}},
        // What browsers and crawlers ask for at the root (issue #12: /favicon.ico was 404).
        {"/", root / "src/web/static/root", {".ico", ".txt"}},
        {"/static/nlds/component-library-css/", nlds / "@utrecht/component-library-css/dist", {".css"}},
        {"/static/nlds/voorbeeld-design-tokens/", nlds / "@nl-design-system-unstable/voorbeeld-design-tokens/dist",
            {".css"}},
    });
}

// Fills the provider's endpoints from its discovery document (OIDC Discovery 1.0).
Result<void> discover(OidcConfig& oidc)
{
    if (!oidc.authorization_endpoint.empty() && !oidc.token_endpoint.empty())
        return ok();
    auto const reply = TRY(http_get(oidc.issuer + "/.well-known/openid-configuration"));
    auto const document = nlohmann::json::parse(reply.body, nullptr, false);
    if (reply.status != 200 || document.is_discarded() || document.value("issuer", "") != oidc.issuer)
        return Error::unavailable("the OIDC discovery document of " + oidc.issuer + " is missing or wrong");
    oidc.authorization_endpoint = document.value("authorization_endpoint", "");
    oidc.token_endpoint = document.value("token_endpoint", "");
    return ok();
}

Language request_language(Request const& request)
{
    if (auto const chosen = cookie_value(request, language_cookie_name))
        return parse_language(*chosen);
    return Language::Dutch;
}

bool is_unsafe(Method method) { return method != Method::Get; }

// Loads the session named by the cookie into the context; false when there is none.
// A failed lookup is an error, not "no session": during a database outage a signed-in
// user gets 503 and keeps the session, instead of being sent to sign in (issue #10
// item 12).
Result<bool> load_session(RequestContext& context)
{
    auto const token = cookie_value(context.request, session_cookie_name);
    if (!token)
        return false;
    auto state = TRY(context.services.app->sessions.resolve(*token));
    if (!state)
        return false;
    context.session = std::move(*state);
    context.actor = context.session->actor;
    return true;
}

// A browser route's session at the right stage; what the header alone can show.
std::optional<Response> check_session_stage(RequestContext& context, Route const& route, Method method)
{
    auto const loaded = load_session(context);
    if (!loaded)
        return error_page(context, loaded.error());
    if (!*loaded)
        return method == Method::Get ? Response::redirect("/inloggen")
                                     : error_page(context, Error::forbidden("no session"));
    if (route.access == Access::Session && context.session->stage == Stage::NeedsSecondFactor)
        return Response::redirect("/inloggen/code");
    if (route.access == Access::Session && context.session->stage == Stage::NeedsEnrolment)
        return Response::redirect("/account/mfa");
    // After a password reset nothing but choosing a new one (issue #13 item 8).
    if (route.access == Access::Session && context.session->user.must_change_password)
        return Response::redirect("/account/nieuw-wachtwoord");
    return std::nullopt;
}

// The browser routes: a session, the right stage, and the CSRF token on every POST.
std::optional<Response> check_session(RequestContext& context, Route const& route, Method method)
{
    if (auto refusal = check_session_stage(context, route, method))
        return refusal;
    if (is_unsafe(method) && !csrf_token_matches(context.field("csrf"), context.session->record.csrf_token)) {
        auto response = error_page(context, Error::forbidden("CSRF token missing or wrong"));
        return response;
    }
    return std::nullopt;
}

std::optional<Response> check_login_form(RequestContext& context)
{
    // Double submit of a token this server issued (issue #10 (a)), not any pair the
    // client chose.
    auto const cookie = cookie_value(context.request, login_csrf_cookie_name).value_or("");
    if (!context.services.app->login_csrf.verify(cookie) || !csrf_token_matches(context.field("csrf"), cookie))
        return render_page(context,
            {.template_name = "message",
                .title_key = "error_title",
                .data = {{"text", context.text("csrf_text")}, {"link", "/inloggen"},
                    {"link_label", context.text("login_title")}},
                .status = 403});
    return std::nullopt;
}

// The API: a bearer token, or a complete session plus X-CSRF-Token on unsafe requests.
std::optional<Response> check_api(RequestContext& context, Method method)
{
    if (auto const authorization = context.request.header("authorization")) {
        if (!authorization->starts_with("Bearer "))
            return problem_response(401, "Unauthorized", "use Authorization: Bearer TOKEN");
        auto actor = context.services.app->api_tokens.authenticate(authorization->substr(7));
        if (!actor)
            return problem_response(actor.error());
        if (!*actor)
            return problem_response(401, "Unauthorized", "the API token is unknown, revoked or expired");
        context.actor = std::move(**actor);
        return std::nullopt;
    }
    auto const loaded = load_session(context);
    if (!loaded)
        return problem_response(loaded.error());
    if (!*loaded || context.session->stage != Stage::Complete)
        return problem_response(401, "Unauthorized", "sign in or use an API token");
    if (context.session->user.must_change_password)
        return problem_response(403, "Forbidden", "choose a new password first (/account/nieuw-wachtwoord)");
    auto const csrf = context.request.header("x-csrf-token").value_or("");
    if (is_unsafe(method) && !csrf_token_matches(csrf, context.session->record.csrf_token))
        return problem_response(403, "Forbidden", "the X-CSRF-Token header is missing or wrong");
    return std::nullopt;
}

std::optional<Response> check_access(RequestContext& context, Route const& route, Method method)
{
    switch (route.access) {
    case Access::Public: return std::nullopt;
    case Access::PublicForm: return check_login_form(context);
    case Access::Session:
    case Access::SessionAnyStage: return check_session(context, route, method);
    case Access::Api: return check_api(context, method);
    }
    return std::nullopt;
}

// What the header of an upload can show before its body is read: the session and its
// stage, or the API's token or session with its X-CSRF-Token header. A form's CSRF
// field is in the body, so it is checked once the body has arrived.
std::optional<Response> check_before_body(RequestContext& context, Route const& route, Method method)
{
    switch (route.access) {
    case Access::Session:
    case Access::SessionAnyStage: return check_session_stage(context, route, method);
    case Access::Api: return check_api(context, method);
    case Access::Public:
    case Access::PublicForm: return std::nullopt;
    }
    return std::nullopt;
}

bool presents_credentials(Request const& request)
{
    return cookie_value(request, session_cookie_name) || request.header("authorization");
}

// The headers every answer gets: security headers, and Retry-After on a 503 so that
// clients and proxies wait before they try again (issue #10 item 12). Behind a TLS proxy
// the connection here is plain, but --secure-cookies says the site is served over HTTPS,
// so browsers must be told to keep to it (HSTS).
void finish(Response& response, Request const& request, Services const& services)
{
    // Response::set_header logged the refusal; a response without the header is not sent.
    if (response.header_refused)
        response = Response::text(500, "internal error\n");
    bool const https = request.secure || services.config.secure_cookies;
    add_security_headers(response, https ? Transport::Tls : Transport::Plain);
    if (response.status == 503 && !response.header("Retry-After"))
        response.set_header("Retry-After", std::string(retry_after_seconds));
}

// The last resort behind every handler: no exception may leave one (issue #11 item 4).
// Handlers return errors as values; anything thrown all the same is logged and answered
// as an internal error (500), never passed on to the server.
Response call_handler(Route const& route, RequestContext& context)
{
    auto internal = [&](std::string const& what) {
        auto const error = Error::internal("exception in " + std::string(route.pattern) + ": " + what);
        return route.access == Access::Api ? problem_response(error) : error_page(context, error);
    };
    try {
        return route.handler(context);
    } catch (std::exception const& exception) {
        return internal(exception.what());
    } catch (...) {
        return internal("unknown exception");
    }
}

Response dispatch(Services& services, Request const& request)
{
    if (auto asset = services.static_files.serve(request))
        return std::move(*asset);
    auto const method = parse_method(request.method);
    auto match = method ? find_route(route_table(), *method, request.path) : RouteMatch<Route>{};
    RequestContext context{request, services, std::move(match.parameters), request_language(request)};
    if (match.route == nullptr) {
        if (match.path_known || !method)
            return Response::text(405, "method not allowed\n");
        if (request.path.starts_with("/api/"))
            return problem_response(404, "Not found", "no such API route");
        return error_page(context, Error::not_found("no such page"));
    }
    auto response = check_access(context, *match.route, *method);
    if (!response)
        response = refuse_invalid_text(context);
    if (!response)
        response = call_handler(*match.route, context);
    if (context.actor.user_id)
        response->user_id = context.actor.user_id->value();
    return std::move(*response);
}

} // namespace

std::filesystem::path default_resource_root()
{
    if (char const* configured = std::getenv("BOLWERK_RESOURCES"); configured && *configured)
        return configured;
    return BOLWERK_SOURCE_DIR;
}

Result<std::unique_ptr<Application>> Application::create(app::Storage storage, Clock const& clock, WebConfig config)
{
    auto common = TRY(app::load_common_passwords(config.common_password_list));
    if (config.oidc)
        TRY(discover(*config.oidc));
    app::SessionPolicy const policy{.idle_timeout = config.session_idle_timeout,
        .absolute_timeout = config.session_absolute_timeout,
        .mail_alerts = config.mail_alerts};
    app::EvidenceSettings const evidence{
        .max_file_bytes = config.max_evidence_file_bytes, .expiry_horizon = domain::default_expiry_horizon};
    auto use_cases = TRY(app::Services::create(
        storage, clock, {.common_passwords = std::move(common), .session_policy = policy, .evidence = evidence}));
    auto const root = config.resource_root;
    auto services = std::make_unique<Services>(std::move(use_cases), std::move(config));
    std::vector<std::filesystem::path> templates;
    std::vector<std::filesystem::path> messages;
    for (auto const folder : resource_folders) {
        templates.push_back(root / "src/web" / folder / "templates");
        messages.push_back(root / "src/web" / folder / "messages");
    }
    services->templates = TRY(Templates::load(templates));
    services->messages = TRY(Messages::load(messages));
    for (auto const language : {Language::Dutch, Language::English}) {
        services->templates->add_shared(
            std::string(language_code(language)), {{"t", services->messages.catalog(language)}});
    }
    services->static_files = TRY(load_assets(root));
    services->routes = route_table();
    auto state = std::make_unique<State>(State{std::move(services)});
    return std::unique_ptr<Application>(new Application(std::move(state)));
}

Application::Application(std::unique_ptr<State> state)
    : m_state(std::move(state))
{
}

Application::~Application() = default;

BodyDecision Application::decide_body(Request const& header_only, std::size_t default_limit) const
{
    auto& services = *m_state->services;
    auto const method = parse_method(header_only.method);
    auto match = method ? find_route(route_table(), *method, header_only.path) : RouteMatch<Route>{};
    if (match.route == nullptr || match.route->payload != Payload::Upload || !presents_credentials(header_only))
        return {default_limit, std::nullopt};
    RequestContext context{header_only, services, std::move(match.parameters), request_language(header_only)};
    if (auto refusal = check_before_body(context, *match.route, *method)) {
        if (context.actor.user_id)
            refusal->user_id = context.actor.user_id->value();
        finish(*refusal, header_only, services);
        return {default_limit, std::move(refusal)};
    }
    // Room for the other fields and the multipart framing around the file.
    constexpr std::size_t form_overhead = std::size_t{1024} * 1024;
    auto const file_limit
        = static_cast<std::size_t>(std::max<std::int64_t>(0, services.config.max_evidence_file_bytes));
    return {std::max(default_limit, file_limit + form_overhead), std::nullopt};
}

void Application::begin_drain() { m_state->services->draining = true; }

Response Application::handle(Request const& request) const
{
    auto response = dispatch(*m_state->services, request);
    finish(response, request, *m_state->services);
    // Pages go out compressed when the client accepts it (issue #12 item 6); their CSRF
    // token is masked per response (core/csrf_mask.hpp) against BREACH.
    encode_page(response, request.header("accept-encoding"));
    return response;
}

} // namespace bolwerk::web
