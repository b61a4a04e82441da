#pragma once

#include "common/clock.hpp"
#include "domain/user.hpp"
#include "store/mail_outbox_repository.hpp"

#include <cstdint>
#include <string_view>

namespace bolwerk::app {

/// The e-mail that tells a user that wrong second-factor codes were entered for their
/// account (issue #10, item 2): someone may know their password. In the language of the
/// session (`language` "nl" or "en"), with the other language below it; no link in it,
/// so that it cannot be mistaken for phishing or used for it.
store::OutboxMail second_factor_alert(
    domain::User const& user, std::int64_t failures, std::string_view language, Timestamp now);

} // namespace bolwerk::app
