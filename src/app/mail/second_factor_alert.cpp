#include "app/mail/second_factor_alert.hpp"

namespace bolwerk::app {

namespace {

std::string dutch(std::string const& name, std::int64_t failures, std::string const& when)
{
    return "Beste " + name + ",\n\nVoor uw Bolwerk-account zijn " + std::to_string(failures)
        + " onjuiste codes voor de tweede factor ingevoerd (laatste: " + when
        + " UTC), nadat het juiste wachtwoord was gegeven.\n\n"
          "Was u dit niet? Dan kent iemand anders waarschijnlijk uw wachtwoord. Wijzig uw wachtwoord "
          "en meld dit bij uw CISO of de servicedesk.\n"
          "Na elke reeks onjuiste codes moet opnieuw worden ingelogd, en de wachttijd groeit.\n";
}

std::string english(std::string const& name, std::int64_t failures, std::string const& when)
{
    return "Dear " + name + ",\n\n" + std::to_string(failures)
        + " wrong second-factor codes were entered for your Bolwerk account (latest: " + when
        + " UTC), after the correct password was given.\n\n"
          "Was this not you? Then someone else probably knows your password. Change your password and "
          "report this to your CISO or the service desk.\n"
          "After each series of wrong codes, sign-in must start again, and the wait grows.\n";
}

} // namespace

store::OutboxMail second_factor_alert(
    domain::User const& user, std::int64_t failures, std::string_view language, Timestamp now)
{
    auto const when = format_timestamp(std::chrono::floor<std::chrono::seconds>(now)).substr(0, 19);
    bool const english_first = language == "en";
    auto const& name = user.display_name;
    auto const first = english_first ? english(name, failures, when) : dutch(name, failures, when);
    auto const second = english_first ? dutch(name, failures, when) : english(name, failures, when);
    return {.recipient = user.email,
        .subject = english_first ? "Bolwerk: wrong sign-in codes for your account"
                                 : "Bolwerk: onjuiste inlogcodes voor uw account",
        .body = first + "\n--\n\n" + second,
        .reason = "second_factor_failures"};
}

} // namespace bolwerk::app
