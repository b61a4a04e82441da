#pragma once

#include "common/result.hpp"

#include <chrono>
#include <string>

namespace bolwerk::web {

/// The answer of an outgoing HTTP request.
struct FetchReply {
    unsigned status = 0;
    std::string body;
};

/// A blocking outgoing request (for OIDC discovery and the token endpoint), with a time
/// limit. Only `http://` URLs for now: `https://` is refused as Unavailable until the
/// server gains TLS (TODO(#4): TLS for outgoing calls).
Result<FetchReply> http_get(std::string const& url, std::chrono::seconds timeout = std::chrono::seconds(10));
Result<FetchReply> http_post_form(
    std::string const& url, std::string const& body, std::chrono::seconds timeout = std::chrono::seconds(10));

} // namespace bolwerk::web
