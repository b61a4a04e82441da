#pragma once

#include "common/clock.hpp"
#include "common/result.hpp"

#include <string>
#include <string_view>

namespace bolwerk::app {

/// One plain-text e-mail to one recipient. The sender is the Mailer's (one configured
/// address), so a message cannot claim to come from someone else.
struct MailMessage {
    std::string to;
    std::string subject;
    std::string body; ///< UTF-8 text; line ends are normalised when the message is formatted.
};

/// Whether `address` may stand in a mail header as a bare address: one '@' with text on
/// both sides, printable ASCII without spaces, quotes, angle brackets, commas or
/// semicolons, at most 254 characters. Nothing from a request reaches a header unchecked.
bool is_plain_mail_address(std::string_view address);

/// The message as RFC 5322 text for SMTP: Date, From, To, Subject (RFC 2047 encoded when
/// not ASCII), Message-ID, MIME headers, and the body as UTF-8 in base64 (RFC 2045; no
/// line-length or dot issues whatever the text). Invalid, naming the field, when an
/// address is not a plain mail address or the subject holds a control character.
Result<std::string> format_mail(std::string_view from, MailMessage const& message, Timestamp date);

} // namespace bolwerk::app
