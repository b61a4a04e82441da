#pragma once

#include <string>
#include <string_view>

namespace bolwerk {

/// SHA-256 of `data` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view data);

/// HMAC-SHA-256 (RFC 2104) of `data` under `key`: 32 raw bytes.
std::string hmac_sha256(std::string_view data, std::string_view key);

/// `bytes` as lower-case hex digits, two per byte.
std::string hex_encode(std::string_view bytes);

/// Compares two strings in time independent of where they differ (for secrets and digests).
bool constant_time_equal(std::string_view left, std::string_view right);

} // namespace bolwerk
