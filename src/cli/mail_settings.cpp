#include "cli/mail_settings.hpp"

#include <cstdlib>

namespace bolwerk::cli {

std::optional<std::string> process_environment(char const* name)
{
    char const* value = std::getenv(name);
    if (value == nullptr || *value == '\0')
        return std::nullopt;
    return std::string(value);
}

Result<std::optional<app::SmtpSettings>> mail_settings(EnvironmentLookup const& environment)
{
    auto const url = environment("BOLWERK_SMTP_URL");
    if (!url)
        return std::optional<app::SmtpSettings>();
    app::SmtpSettings settings{.url = *url, .from = environment("BOLWERK_MAIL_FROM").value_or("")};
    if (settings.from.empty())
        return Error::invalid("BOLWERK_SMTP_URL needs BOLWERK_MAIL_FROM, the sender address of Bolwerk's mail",
            {.field = "BOLWERK_MAIL_FROM"});
    auto const tls = environment("BOLWERK_SMTP_TLS").value_or("required");
    if (tls != "required" && tls != "if-offered")
        return Error::invalid("BOLWERK_SMTP_TLS is \"required\" or \"if-offered\"", {.field = "BOLWERK_SMTP_TLS"});
    settings.tls = tls == "required" ? app::SmtpTls::Required : app::SmtpTls::IfOffered;
    if (auto const path = environment("BOLWERK_SMTP_CREDENTIALS_FILE"))
        settings.credentials = TRY(app::read_smtp_credentials(*path));
    return std::optional(std::move(settings));
}

} // namespace bolwerk::cli
