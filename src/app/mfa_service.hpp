#pragma once

#include "app/session_service.hpp"
#include "common/result.hpp"

#include <string>
#include <vector>

namespace bolwerk::app {

/// What an authenticator app needs to start producing codes.
struct TotpEnrolment {
    std::string uri; ///< otpauth://…, for the QR code.
    std::string secret_base32; ///< For typing in by hand.
};

inline constexpr std::size_t recovery_code_count = 10;

/// What confirming an enrolment gives: the recovery codes (shown once) and the session's
/// new id, since enrolment completes the session (a privilege change).
struct MfaConfirmation {
    std::vector<std::string> recovery_codes;
    std::string session_token;
};

/// Setting up TOTP (RFC 6238) for the signed-in user: a new secret, then its
/// confirmation with a first code, which also hands out 10 one-time recovery codes
/// (shown once; stored as digests). Safe to share between threads.
class MfaService {
public:
    MfaService(store::Database& database, Clock const& clock)
        : m_database(database)
        , m_clock(clock)
    {
    }

    /// Starts (or restarts) enrolment: stores a new unconfirmed secret. Conflict when
    /// TOTP is already active.
    Result<TotpEnrolment> begin(SessionState const& session);
    /// The enrolment in progress (same secret), e.g. to redraw the page.
    Result<TotpEnrolment> pending(SessionState const& session);
    /// Confirms with a code from the app; returns the recovery codes, marks this
    /// session's second factor as passed and gives the session a new id.
    Result<MfaConfirmation> confirm(SessionState const& session, std::string_view code);

private:
    store::Database& m_database;
    Clock const& m_clock;
};

} // namespace bolwerk::app
