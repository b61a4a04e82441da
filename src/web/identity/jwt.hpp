#pragma once

#include "common/result.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace bolwerk::web {

/// base64url without padding (RFC 4648 §5), as JWTs and PKCE use it.
std::string base64url_encode(std::string_view bytes);
Result<std::string> base64url_decode(std::string_view text);

/// Checks a compact JWS signed with HMAC-SHA-256 under `secret` (OIDC Core 10.1: an
/// ID token signed with the client secret) and returns its claims. Any other
/// algorithm, "none" included, is refused.
Result<nlohmann::json> verify_hs256(std::string_view token, std::string_view secret);

/// Signs `claims` as an HS256 JWT (the test provider uses it).
std::string sign_hs256(nlohmann::json const& claims, std::string_view secret);

} // namespace bolwerk::web
