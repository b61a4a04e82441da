#include "app/account_service.hpp"
#include "app/credentials.hpp"
#include "app/services.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "common/json_text.hpp"
#include "common/text.hpp"
#include "domain/role.hpp"

#include <nlohmann/json.hpp>

#include <charconv>
#include <iostream>
#include <ostream>
#include <termios.h>
#include <unistd.h>

namespace bolwerk::cli {

namespace {

constexpr std::size_t generated_password_groups = 4;

// Reads one line from standard input; without echo when it is a terminal, so that
// the password is neither shown nor kept in the shell history or `ps`.
Result<std::string> read_secret_line(std::ostream& prompt_stream, std::string_view prompt)
{
    bool const terminal = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        prompt_stream << prompt << std::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    bool const got = static_cast<bool>(std::getline(std::cin, line));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        prompt_stream << '\n';
    }
    if (!got)
        return usage_error("no password on standard input (or use --generate-password)");
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

Result<std::string> obtain_password(CommandContext& context, bool generate)
{
    if (generate)
        return app::random_readable_secret(generated_password_groups);
    auto const first = TRY(read_secret_line(context.err(), "Wachtwoord / password: "));
    if (isatty(STDIN_FILENO) != 0) {
        auto const again = TRY(read_secret_line(context.err(), "Nogmaals / again: "));
        if (again != first)
            return Error::invalid("the two passwords differ", {.field = "password"});
    }
    return first;
}

Result<std::optional<domain::Membership>> membership_of(Arguments const& arguments)
{
    auto const organisation = arguments.flag("--organisation");
    auto const role = arguments.flag("--role");
    if (!organisation && !role)
        return std::optional<domain::Membership>();
    if (!organisation || !role)
        return usage_error("--organisation and --role go together");
    std::int64_t id = 0;
    auto const parsed = std::from_chars(organisation->data(), organisation->data() + organisation->size(), id);
    if (parsed.ec != std::errc{} || parsed.ptr != organisation->data() + organisation->size() || id <= 0)
        return usage_error("'" + *organisation + "' is not an organisation id");
    return std::optional(domain::Membership{OrganisationId(id), TRY(domain::parse_role(*role))});
}

Result<std::optional<OrganisationId>> organisation_of(Arguments const& arguments)
{
    auto const organisation = arguments.flag("--organisation");
    if (!organisation)
        return std::optional<OrganisationId>();
    return std::optional(OrganisationId(TRY(parse_id_argument(*organisation, "organisation id"))));
}

// The account named by --email, and the organisation (optional) whose audit chain gets
// the event; the operator acts installation-wide.
struct UserTarget {
    domain::User user;
    std::optional<OrganisationId> organisation;
};

Result<UserTarget> target_of(CommandContext& context, Arguments const& arguments)
{
    auto const email = TRY(arguments.required_flag("--email"));
    auto* services = TRY(context.services());
    auto user = TRY(services->accounts.find_by_email(context.actor(), email));
    return UserTarget{std::move(user), TRY(organisation_of(arguments))};
}

void report(CommandContext& context, std::string_view action, domain::User const& user)
{
    if (context.options().json) {
        context.out() << json_text(
            {{"user_id", user.id.value()}, {"email", user.email}, {"action", action}}, JsonLayout::Indented)
                      << '\n';
        return;
    }
    context.out() << action << ": user " << user.id.value() << " <" << user.email << ">\n";
}

} // namespace

Result<void> run_user_disable(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--email", "--organisation"}, 0));
    auto const target = TRY(target_of(context, arguments));
    auto* services = TRY(context.services());
    TRY(services->accounts.disable_user(context.actor(), target.organisation, target.user.id));
    report(context, "disabled", target.user);
    return ok();
}

Result<void> run_user_enable(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--email", "--organisation"}, 0));
    auto const target = TRY(target_of(context, arguments));
    auto* services = TRY(context.services());
    TRY(services->accounts.enable_user(context.actor(), target.organisation, target.user.id));
    report(context, "enabled", target.user);
    return ok();
}

Result<void> run_user_reset_password(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--email", "--organisation"}, 0));
    auto const target = TRY(target_of(context, arguments));
    auto* services = TRY(context.services());
    auto const temporary = TRY(services->accounts.reset_password(context.actor(), target.organisation, target.user.id));
    // To standard output once; never taken from the command line, never logged.
    if (context.options().json) {
        context.out() << json_text({{"user_id", target.user.id.value()}, {"email", target.user.email},
                                       {"temporary_password", temporary}, {"must_change_password", true}},
            JsonLayout::Indented)
                      << '\n';
        return ok();
    }
    context.out() << "temporary password (shown once; works once, then a new password is due): " << temporary << '\n';
    return ok();
}

Result<void> run_user_revoke_role(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--email", "--organisation", "--role"}, 0));
    auto const membership = TRY(membership_of(arguments));
    if (!membership)
        return usage_error("give --organisation ID --role ROLE");
    auto const target = TRY(target_of(context, arguments));
    auto* services = TRY(context.services());
    TRY(services->accounts.revoke_role(context.actor(), target.user.id, *membership));
    report(context, "role " + std::string(domain::to_string(membership->role)) + " revoked", target.user);
    return ok();
}

Result<void> run_user_create(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(
        context.arguments(), {"--email", "--name", "--organisation", "--role"}, 0, {"--admin", "--generate-password"}));
    app::AccountInput input{.email = TRY(arguments.required_flag("--email")),
        .display_name = TRY(arguments.required_flag("--name")),
        .administrator = arguments.has_switch("--admin"),
        .membership = TRY(membership_of(arguments))};
    if (!input.administrator && !input.membership)
        return usage_error("give --admin, or --organisation ID --role ROLE");
    bool const generate = arguments.has_switch("--generate-password");
    input.password = TRY(obtain_password(context, generate));
    auto* database = TRY(context.database());
    auto const common = TRY(app::load_common_passwords(app::default_common_password_list));
    app::AccountService accounts(*database, context.clock(), common);
    auto const user = TRY(accounts.create_user(context.actor(), input));
    if (context.options().json) {
        auto json = app::user_to_json(user);
        if (generate)
            json["password"] = input.password;
        context.out() << json_text(json, JsonLayout::Indented) << '\n';
        return ok();
    }
    context.out() << "created user " << user.id.value() << " <" << user.email << ">"
                  << (user.administrator ? " (system administrator)" : "") << '\n';
    if (generate)
        context.out() << "password (shown once): " << input.password << '\n';
    if (user.administrator || (input.membership && domain::requires_mfa(input.membership->role)))
        context.out() << "two-factor authentication is set up at the first sign-in (required for this role)\n";
    return ok();
}

} // namespace bolwerk::cli
