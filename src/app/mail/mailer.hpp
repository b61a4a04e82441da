#pragma once

#include "app/mail/mail_message.hpp"
#include "common/result.hpp"

namespace bolwerk::app {

/// Delivers one e-mail now (a mail server, or a fake in tests). Use cases never call a
/// Mailer: they write to the outbox (store::MailOutboxRepository) in their transaction,
/// and MailSender hands the outbox to the Mailer outside any request.
/// Implementations are safe to share between threads.
class Mailer {
public:
    virtual ~Mailer() = default;
    /// Unavailable when the server cannot be reached or refuses the message for now;
    /// Invalid when the message can never be sent (a malformed address).
    virtual Result<void> send(MailMessage const& message) = 0;
};

} // namespace bolwerk::app
