#include "app/mail/mail_sender.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/mail_settings.hpp"
#include "common/text.hpp"
#include "web/application.hpp"
#include "web/http/server.hpp"

#include "domain/role.hpp"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <ostream>
#include <pthread.h>
#include <sstream>

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
    // Issue #19 item 2: --trusted-proxy ADDR[/BITS], repeatable.
    auto proxies = web::TrustedProxies::parse(arguments.flags("--trusted-proxy"));
    if (!proxies)
        return usage_error("--trusted-proxy: " + proxies.error().message());
    config.trusted_proxies = std::move(*proxies);
    return config;
}

std::optional<std::string> environment(char const* name)
{
    char const* value = std::getenv(name);
    if (value == nullptr || *value == '\0')
        return std::nullopt;
    return std::string(value);
}

// "group=ORGANISATION_ID:ROLE,…" (BOLWERK_OIDC_GROUP_ROLES).
Result<std::vector<std::pair<std::string, domain::Membership>>> parse_group_roles(std::string const& text)
{
    std::vector<std::pair<std::string, domain::Membership>> mapping;
    if (text.empty())
        return mapping;
    for (auto const entry : split(text, ',')) {
        auto const equals = entry.find('=');
        auto const colon = entry.rfind(':');
        if (equals == std::string_view::npos || colon == std::string_view::npos || colon < equals)
            return Error::invalid("BOLWERK_OIDC_GROUP_ROLES entries look like group=ORGANISATION_ID:ROLE");
        auto const id = entry.substr(equals + 1, colon - equals - 1);
        if (!is_ascii_digits(id))
            return Error::invalid("'" + std::string(id) + "' is not an organisation id");
        auto const role = TRY(domain::parse_role(entry.substr(colon + 1)));
        mapping.emplace_back(std::string(entry.substr(0, equals)),
            domain::Membership{OrganisationId(std::stoll(std::string(id))), role});
    }
    return mapping;
}

// Single sign-on from the environment; the client secret from a file (preferred) or
// the environment, never the command line.
Result<std::optional<web::OidcConfig>> oidc_config()
{
    auto const issuer = environment("BOLWERK_OIDC_ISSUER");
    if (!issuer)
        return std::optional<web::OidcConfig>();
    web::OidcConfig config{.issuer = *issuer,
        .client_id = environment("BOLWERK_OIDC_CLIENT_ID").value_or(""),
        .redirect_uri = environment("BOLWERK_OIDC_REDIRECT_URI").value_or("")};
    if (auto const path = environment("BOLWERK_OIDC_CLIENT_SECRET_FILE")) {
        std::ifstream file(*path);
        std::stringstream secret;
        secret << file.rdbuf();
        config.client_secret = std::string(trim(secret.str()));
    } else {
        config.client_secret = environment("BOLWERK_OIDC_CLIENT_SECRET").value_or("");
    }
    if (config.client_id.empty() || config.client_secret.empty() || config.redirect_uri.empty())
        return Error::invalid("BOLWERK_OIDC_ISSUER needs BOLWERK_OIDC_CLIENT_ID, BOLWERK_OIDC_REDIRECT_URI and a "
                              "client secret (BOLWERK_OIDC_CLIENT_SECRET_FILE)");
    config.group_roles = TRY(parse_group_roles(environment("BOLWERK_OIDC_GROUP_ROLES").value_or("")));
    return std::optional(std::move(config));
}

// How long /readyz fails before the listener closes, unless --drain-seconds says otherwise.
constexpr std::chrono::seconds default_drain_period{5};
constexpr unsigned long longest_drain_seconds = 3600;

Result<std::chrono::seconds> drain_period(Arguments const& arguments)
{
    auto const text = arguments.flag("--drain-seconds");
    if (!text)
        return default_drain_period;
    if (text->empty() || !is_ascii_digits(*text) || text->size() > 4 || std::stoul(*text) > longest_drain_seconds)
        return usage_error("--drain-seconds needs a number of seconds from 0 to 3600");
    return std::chrono::seconds(std::stoul(*text));
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

// Lets /readyz fail for `period`, so that a load balancer stops sending here, then
// stops the server, which still answers every request it has received (issue #10
// item 11). A second signal ends the wait early.
void drain_and_stop(web::Application& application, web::Server& server, std::chrono::seconds period,
    sigset_t const& signals, std::ostream& err)
{
    application.begin_drain();
    if (period.count() > 0) {
        err << "bolwerk: stopping in " << period.count()
            << " s; /readyz answers 503 meanwhile (signal again to stop at once)\n";
        timespec const timeout{.tv_sec = period.count(), .tv_nsec = 0};
        sigtimedwait(&signals, nullptr, &timeout);
    }
    err << "bolwerk: stopping; requests already received are answered first\n";
    server.stop();
}

} // namespace

Result<void> run_serve(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(
        context.arguments(), {"--listen", "--threads", "--drain-seconds", "--trusted-proxy"}, 0, {"--secure-cookies"}));
    auto config = TRY(server_config(arguments));
    auto const drain = TRY(drain_period(arguments));
    auto* database = TRY(context.database());
    web::WebConfig web_config{.resource_root = web::default_resource_root()};
    // Behind a TLS-terminating reverse proxy the connection here is plain HTTP, but the
    // browser's is not: then cookies must still be Secure.
    web_config.secure_cookies = arguments.has_switch("--secure-cookies");
    web_config.oidc = TRY(oidc_config());
    // Mail (issue #10): use cases write to the outbox; a thread of this process sends it.
    auto const smtp = TRY(mail_settings(process_environment));
    std::unique_ptr<app::SmtpMailer> mailer;
    if (smtp)
        mailer = TRY(app::SmtpMailer::create(*smtp, context.clock()));
    web_config.mail_alerts = mailer != nullptr;
    auto const application = TRY(web::Application::create(*database, context.clock(), web_config));
    // Upload routes take larger bodies than the rest (evidence files, issue #5), from
    // callers whose credentials hold (issue #10 item 6).
    config.on_header = [&application, default_limit = config.body_limit](web::Request const& header_only) {
        return application->decide_body(header_only, default_limit);
    };
    auto const signals = block_stop_signals();
    auto server = TRY(web::Server::start(
        config, [&application](web::Request const& request) { return application->handle(request); }, &std::cout));
    context.err() << "bolwerk: listening on http://" << config.address << ":" << server->port()
                  << "/ (stop with Ctrl-C or SIGTERM)\n";
    std::optional<app::MailSender> mail_sender;
    if (mailer) {
        mail_sender.emplace(*database, context.clock(), *mailer,
            app::MailSenderSettings{.sender_name = app::default_mail_sender_name()}, &context.err());
        mail_sender->start();
        context.err() << "bolwerk: sending mail via " << smtp->url << "\n";
    }
    int received = 0;
    sigwait(&signals, &received);
    drain_and_stop(*application, *server, drain, signals, context.err());
    if (mail_sender)
        mail_sender->stop();
    return ok();
}

} // namespace bolwerk::cli
