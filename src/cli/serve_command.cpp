#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "common/text.hpp"
#include "web/application.hpp"
#include "web/server.hpp"

#include <csignal>
#include <iostream>
#include <ostream>
#include <pthread.h>

namespace bolwerk::cli {

namespace {

Result<web::ServerConfig> server_config(Arguments const& arguments)
{
    web::ServerConfig config;
    if (auto const listen = arguments.flag("--listen"))
        TRY(web::parse_listen_address(*listen, config));
    if (auto const threads = arguments.flag("--threads")) {
        if (!is_ascii_digits(*threads) || threads->size() > 3 || std::stoul(*threads) == 0)
            return usage_error("--threads needs a number from 1 to 999");
        config.threads = std::stoul(*threads);
    }
    return config;
}

// Blocks SIGTERM and SIGINT in this thread before the server starts its threads (which
// inherit the mask), so that only sigwait() below receives them.
sigset_t block_stop_signals()
{
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    return signals;
}

} // namespace

Result<void> run_serve(CommandContext& context)
{
    auto const arguments
        = TRY(Arguments::parse(context.arguments(), {"--listen", "--threads"}, 0, {"--secure-cookies"}));
    auto const config = TRY(server_config(arguments));
    auto* database = TRY(context.database());
    web::WebConfig web_config{.resource_root = web::default_resource_root()};
    // Behind a TLS-terminating reverse proxy the connection here is plain HTTP, but the
    // browser's is not: then cookies must still be Secure.
    web_config.secure_cookies = arguments.has_switch("--secure-cookies");
    auto const application = TRY(web::Application::create(*database, context.clock(), web_config));
    auto const signals = block_stop_signals();
    auto server = TRY(web::Server::start(
        config, [&application](web::Request const& request) { return application->handle(request); }, &std::cout));
    context.err() << "bolwerk: listening on http://" << config.address << ":" << server->port()
                  << "/ (stop with Ctrl-C or SIGTERM)\n";
    int received = 0;
    sigwait(&signals, &received);
    context.err() << "bolwerk: stopping; requests in flight finish first\n";
    server->stop();
    return ok();
}

} // namespace bolwerk::cli
