#include "web/http/security_headers.hpp"

#include <string>

namespace bolwerk::web {

void add_security_headers(Response& response, Transport transport)
{
    std::string policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                         "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
                         "frame-ancestors 'none'";
    // A handler may add directives (the evidence download adds `sandbox`); they can only
    // tighten the policy, because every directive of a policy must be satisfied.
    if (auto const extra = response.header("Content-Security-Policy"))
        policy += "; " + std::string(*extra);
    response.set_header("Content-Security-Policy", std::move(policy));
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("Referrer-Policy", "no-referrer");
    response.set_header("X-Frame-Options", "DENY");
    response.set_header("Cross-Origin-Opener-Policy", "same-origin");
    response.set_header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (transport == Transport::Tls)
        response.set_header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    if (!response.header("Cache-Control"))
        response.set_header("Cache-Control", "no-store");
}

} // namespace bolwerk::web
