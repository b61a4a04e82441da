#pragma once

#include "common/result.hpp"
#include "domain/password_policy.hpp"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace bolwerk::app {

/// `bytes` random bytes from the system's CSPRNG (libsodium), base64url without padding.
std::string random_token(std::size_t bytes);

/// `count` random bytes from the system's CSPRNG (libsodium), as they are.
std::string random_bytes(std::size_t count);

/// A password that a person can type: `groups` groups of 4 lower-case letters and
/// digits without look-alikes, joined by '-', e.g. "k7mq-2xpa-…" (about 20 bits a group).
std::string random_readable_secret(std::size_t groups);

/// argon2id (libsodium crypto_pwhash_str) with OWASP's minimum parameters for
/// argon2id (19 MiB memory, 2 iterations; ASVS 2.4.4), as a self-describing string.
Result<std::string> hash_password(std::string_view password);

/// Checks `password` against a stored hash in constant time per hash.
bool verify_password(std::string const& hash, std::string_view password);

/// Spends the time a password check takes, for unknown accounts, so that response
/// time does not tell whether an e-mail address has an account.
void spend_password_check_time(std::string_view password);

/// The Debian word list of common passwords (john-data).
inline constexpr std::string_view default_common_password_list = "/usr/share/john/password.lst";

/// Loads a word list, one password a line; lines starting with "#!comment:" are skipped.
Result<domain::CommonPasswords> load_common_passwords(std::filesystem::path const& path);

} // namespace bolwerk::app
