#pragma once

#include "app/mail/smtp_mailer.hpp"
#include "common/result.hpp"

#include <functional>
#include <optional>
#include <string>

namespace bolwerk::cli {

/// Reads one environment variable; empty counts as unset. A parameter so that tests need
/// not change the process environment.
using EnvironmentLookup = std::function<std::optional<std::string>(char const* name)>;
std::optional<std::string> process_environment(char const* name);

/// The mail settings of `bolwerk serve` from its environment (issue #10): nothing when
/// BOLWERK_SMTP_URL is unset (no mail is sent, and none is queued).
/// - BOLWERK_SMTP_URL: smtp://HOST:PORT (STARTTLS) or smtps://HOST:PORT
/// - BOLWERK_MAIL_FROM: the sender address (required with the URL)
/// - BOLWERK_SMTP_CREDENTIALS_FILE: user name on line 1, password on line 2 (optional)
/// - BOLWERK_SMTP_TLS: "required" (default) or "if-offered" (a local relay, no credentials)
/// Secrets come only from the file, never from the command line or a variable.
Result<std::optional<app::SmtpSettings>> mail_settings(EnvironmentLookup const& environment);

} // namespace bolwerk::cli
