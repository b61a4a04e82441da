#pragma once

#include "app/mail/mailer.hpp"
#include "common/clock.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace bolwerk::app {

/// How the SMTP connection is protected.
enum class SmtpTls : std::uint8_t {
    /// STARTTLS is required (smtp://) or TLS is used from the start (smtps://); a server
    /// that does not offer it gets no mail and no credentials. The default.
    Required,
    /// STARTTLS when the server offers it, plain otherwise; for a relay on the same host
    /// or network only. Never together with credentials.
    IfOffered,
};

/// A user name and password for SMTP AUTH, read from a file (never the command line).
struct SmtpCredentials {
    std::string user_name;
    std::string password;
};

/// Where and how to send mail (issue #10): from `bolwerk serve`'s environment.
struct SmtpSettings {
    std::string url; ///< "smtp://mail.example.nl:587" (STARTTLS) or "smtps://mail.example.nl:465".
    std::string from; ///< The sender address of every message.
    std::optional<SmtpCredentials> credentials;
    SmtpTls tls = SmtpTls::Required;
    std::chrono::seconds timeout{30}; ///< For connecting and for the whole delivery.
};

/// Reads SMTP credentials from a file: the user name on the first line, the password on
/// the second (surrounding white space dropped). Invalid naming the file when it cannot
/// be read or a line is missing; the message never holds the file's contents.
Result<SmtpCredentials> read_smtp_credentials(std::filesystem::path const& path);

/// A Mailer that delivers over SMTP with libcurl (RFC 5321; STARTTLS RFC 3207; the
/// server's certificate and host name are verified). One connection per message, which is
/// plenty for alerts. Safe to share between threads: each send() has its own handle.
/// Errors name the server URL and libcurl's reason, never the credentials.
class SmtpMailer final : public Mailer {
public:
    /// Checks the settings (scheme, sender address, credentials only with TLS).
    static Result<std::unique_ptr<SmtpMailer>> create(SmtpSettings settings, Clock const& clock);

    Result<void> send(MailMessage const& message) override;

private:
    SmtpMailer(SmtpSettings settings, Clock const& clock)
        : m_settings(std::move(settings))
        , m_clock(clock)
    {
    }

    SmtpSettings const m_settings;
    Clock const& m_clock;
};

} // namespace bolwerk::app
