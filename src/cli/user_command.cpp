#include "app/account_service.hpp"
#include "app/credentials.hpp"
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

} // namespace

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
