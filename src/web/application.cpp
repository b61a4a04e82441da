#include "web/application.hpp"

#include "web/request_context.hpp"
#include "web/route.hpp"
#include "web/security_headers.hpp"
#include "web/static_files.hpp"

#include <cstdlib>

namespace bolwerk::web {

struct Application::State {
    Services services;
    StaticFiles static_files;
};

namespace {

Result<StaticFiles> load_assets(std::filesystem::path const& root)
{
    return StaticFiles::load({
        {"/static/", root / "src/web/static", {".css", ".svg", ".ico", ".txt"}},
    });
}

Response not_found() { return Response::text(404, "niet gevonden / not found\n"); }

Response dispatch(Application::State const& state, Request const& request)
{
    if (auto asset = state.static_files.serve(request))
        return std::move(*asset);
    auto const method = parse_method(request.method);
    if (!method)
        return Response::text(405, "method not allowed\n");
    auto match = find_route(route_table(), *method, request.path);
    if (match.route == nullptr)
        return match.path_known ? Response::text(405, "method not allowed\n") : not_found();
    RequestContext context{request, state.services, std::move(match.parameters)};
    return match.route->handler(context);
}

} // namespace

std::filesystem::path default_resource_root()
{
    if (char const* configured = std::getenv("BOLWERK_RESOURCES"); configured && *configured)
        return configured;
    return BOLWERK_SOURCE_DIR;
}

Result<std::unique_ptr<Application>> Application::create(
    store::Database& database, Clock const& clock, WebConfig config)
{
    auto assets = TRY(load_assets(config.resource_root));
    auto state = std::make_unique<State>(State{Services{database, clock, std::move(config)}, std::move(assets)});
    return std::unique_ptr<Application>(new Application(std::move(state)));
}

Application::Application(std::unique_ptr<State> state)
    : m_state(std::move(state))
{
}

Application::~Application() = default;

Response Application::handle(Request const& request) const
{
    auto response = dispatch(*m_state, request);
    add_security_headers(response, request.secure ? Transport::Tls : Transport::Plain);
    return response;
}

} // namespace bolwerk::web
