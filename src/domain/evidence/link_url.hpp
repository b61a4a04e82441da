#pragma once

#include "common/result.hpp"

#include <string>
#include <string_view>

namespace bolwerk::domain {

/// Checks the address of a link-kind evidence item and returns it with the scheme in
/// lower case. Accepted: `http` or `https`, then "://", a host (a DNS name, an IPv4
/// address or a bracketed IPv6 address) with an optional port, then an optional path,
/// query and fragment; no white space or control characters; at most
/// `max_link_url_bytes`. Refused: every other scheme (javascript:, data:, file:, …),
/// a missing host, and user information ("user:password@"), because a secret has no
/// place in a stored link.
Result<std::string> check_link_url(std::string_view url);

inline constexpr std::size_t max_link_url_bytes = 2048;

} // namespace bolwerk::domain
