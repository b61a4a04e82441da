#include "web/security_headers.hpp"

namespace bolwerk::web {

void add_security_headers(Response& response, Transport transport)
{
    response.set_header("Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
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
