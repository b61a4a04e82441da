#pragma once

#include <string>
#include <string_view>

namespace bolwerk {

/// SHA-256 of `data` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view data);

/// Compares two strings in time independent of where they differ (for secrets and digests).
bool constant_time_equal(std::string_view left, std::string_view right);

} // namespace bolwerk
