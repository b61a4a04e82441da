#pragma once

#include "common/clock.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"

#include <chrono>
#include <string>
#include <string_view>

namespace bolwerk::app {

/// The CSRF token of the sign-in form (OWASP ASVS 4.2.2; issue #10 (a)). Before sign-in
/// there is no session to bind a token to, so the form uses a double-submit cookie:
/// the same token in a cookie and a hidden field. The check used to accept any pair of
/// 40+ characters the client chose; now a token must be one this server issued:
/// `nonce.issued.mac`, with a random nonce, the issue time in Unix seconds and
/// mac = hex HMAC-SHA-256 over both under a key of the server's.
///
/// The key lives in the database (server_keys, purpose "login_csrf"), created by the
/// first node that needs it: app nodes keep no state of their own (ARCHITECTURE.md
/// "Storage"), every node on one database must accept what another issued, and no
/// other secret is shared by all nodes (a key from configuration would be one more
/// secret to distribute). Whoever can read the database can mint sign-in tokens, which
/// gives nothing more than reading the database already does.
///
/// A plain value once created; keeps a reference to the clock, which must outlive it.
/// Safe to share between threads.
class LoginCsrf {
public:
    /// Tokens are accepted this long after they were issued: a sign-in page left open
    /// longer shows "the form expired" and a fresh form.
    static constexpr std::chrono::hours lifetime{12};

    /// Loads the key from the database, creating it on first use.
    static Result<LoginCsrf> create(store::Database& database, Clock const& clock);

    /// A new token.
    std::string issue() const;

    /// True when `token` was issued with this key no longer than `lifetime` ago (and not
    /// in the future beyond clock skew between nodes).
    bool verify(std::string_view token) const;

private:
    LoginCsrf(std::string key, Clock const& clock)
        : m_key(std::move(key))
        , m_clock(&clock)
    {
    }

    std::string mac(std::string_view nonce, std::string_view issued) const;

    std::string m_key;
    Clock const* m_clock;
};

} // namespace bolwerk::app
