#pragma once

#include "web/http/http.hpp"

namespace bolwerk::web {

/// Adds the headers every response carries (NCSC ICT-beveiligingsrichtlijnen voor
/// webapplicaties; OWASP ASVS 14.4): a Content-Security-Policy without inline script
/// and with frame-ancestors 'none', nosniff, a strict Referrer-Policy, and HSTS when
/// the site is served over HTTPS (Transport::Tls: TLS on this connection, or a TLS
/// proxy in front, which `--secure-cookies` declares). Dynamic responses are never
/// cached by default.
enum class Transport : std::uint8_t { Plain, Tls };
void add_security_headers(Response& response, Transport transport);

} // namespace bolwerk::web
