#pragma once

#include "common/clock.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bolwerk::app {

/// TOTP (RFC 6238: HMAC-SHA-1, 6 digits, 30-second steps) through liboath; the second
/// factor of BIO2 5.17.01. Secrets are 20 random bytes, kept as hex.

std::string new_totp_secret();

/// The otpauth:// URI an authenticator app reads from the QR code (base32 secret).
std::string totp_uri(std::string const& secret_hex, std::string_view account, std::string_view issuer);

/// The secret in base32, for typing it in by hand.
std::string totp_secret_base32(std::string const& secret_hex);

/// The time step (counter) of `code` if it is valid at `now`, allowing one step of
/// clock drift either way. The caller must refuse a step not newer than the last one
/// accepted, so that a code is never accepted twice.
std::optional<std::int64_t> match_totp(std::string const& secret_hex, std::string_view code, Timestamp now);

/// The code at `now` (tests and the CLI's enrolment check).
std::string totp_code(std::string const& secret_hex, Timestamp now);

} // namespace bolwerk::app
