#pragma once

#include "domain/user.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace bolwerk::web {

/// OpenID Connect single sign-on (authorisation code flow with PKCE) against one
/// provider. The client secret comes from a file or the environment, never the command line.
struct OidcConfig {
    std::string issuer; ///< Must equal the ID token's `iss`.
    /// Filled from `{issuer}/.well-known/openid-configuration` when empty.
    std::string authorization_endpoint;
    std::string token_endpoint;
    std::string client_id;
    std::string client_secret;
    std::string redirect_uri; ///< ".../inloggen/sso/terug" on this server.
    /// Provider group → role in an organisation (e.g. "bolwerk-ciso" → ciso in 1).
    std::vector<std::pair<std::string, domain::Membership>> group_roles;
};

/// How the web application behaves; set by `bolwerk serve` and by tests.
struct WebConfig {
    /// The folder that holds src/web/{templates,messages,static} and node_modules.
    std::filesystem::path resource_root;
    /// Cookies get the Secure attribute and responses Strict-Transport-Security; set
    /// when served over TLS or behind a TLS proxy.
    bool secure_cookies = false;
    std::chrono::minutes session_idle_timeout{30};
    std::chrono::minutes session_absolute_timeout{12 * 60};
    /// Word list of common passwords refused as new passwords (Debian john-data).
    std::filesystem::path common_password_list = "/usr/share/john/password.lst";
    std::optional<OidcConfig> oidc;
    /// The largest evidence file accepted (issue #5); upload routes accept a body this
    /// large plus room for the form's other fields.
    std::int64_t max_evidence_file_bytes = 20 * 1024 * 1024;
    /// Mail is configured (`bolwerk serve` sends the outbox): security alerts are queued.
    bool mail_alerts = false;
};

} // namespace bolwerk::web
