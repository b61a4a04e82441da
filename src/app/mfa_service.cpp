#include "app/mfa_service.hpp"

#include "app/audit_trail.hpp"
#include "app/credentials.hpp"
#include "app/totp.hpp"
#include "app/use_case.hpp"
#include "store/credential_repository.hpp"
#include "store/database.hpp"
#include "store/user_repository.hpp"

namespace bolwerk::app {

namespace {

constexpr std::string_view issuer = "Bolwerk";
constexpr std::size_t recovery_code_groups = 3;

TotpEnrolment enrolment_for(std::string const& secret, std::string const& account)
{
    return {totp_uri(secret, account, issuer), totp_secret_base32(secret)};
}

} // namespace

Result<TotpEnrolment> MfaService::begin(SessionState const& session)
{
    if (session.user.totp_enabled)
        return Error::conflict("two-factor authentication is already set up for this account");
    auto const secret = new_totp_secret();
    auto const actor = Actor::user(session.user.id);
    TRY(run_in_transaction(m_database, m_clock, actor, [&](UseCase& use_case) -> Result<void> {
        // Not audited: the secret is pending until confirm() enables it (user.mfa_enrol).
        return store::UserRepository::set_totp_secret(use_case.transaction(), session.user.id, secret, use_case.now());
    }));
    return enrolment_for(secret, session.user.email);
}

Result<TotpEnrolment> MfaService::pending(SessionState const& session)
{
    if (session.user.totp_enabled || !session.user.totp_secret)
        return Error::conflict("no enrolment in progress");
    return enrolment_for(*session.user.totp_secret, session.user.email);
}

Result<MfaConfirmation> MfaService::confirm(SessionState const& session, std::string_view code)
{
    auto const& user = session.user;
    if (user.totp_enabled || !user.totp_secret)
        return Error::conflict("no enrolment in progress");
    auto const now = m_clock.now();
    auto const step = match_totp(*user.totp_secret, code, now);
    if (!step)
        return Error::invalid("the code is not correct; check the time on your device", {.field = "code"});
    std::vector<std::string> codes;
    std::vector<std::string> digests;
    for (std::size_t i = 0; i < recovery_code_count; ++i) {
        codes.push_back(random_readable_secret(recovery_code_groups));
        digests.push_back(secret_digest(codes.back()));
    }
    auto const actor = Actor::user(user.id);
    return run_in_transaction(m_database, m_clock, actor, [&](UseCase& use_case) -> Result<MfaConfirmation> {
        TRY(store::UserRepository::enable_totp(use_case.transaction(), user.id, *step, now));
        TRY(store::CredentialRepository::replace_recovery_codes(use_case.transaction(), user.id, digests));
        auto token = TRY(renew_session_with_second_factor(use_case.transaction(), session.record.id_hash));
        TRY(use_case.audit(
            audit_change(std::nullopt, "user.mfa_enrol", "user", user.id.to_string(), nullptr, nullptr)));
        return MfaConfirmation{std::move(codes), std::move(token)};
    });
}

} // namespace bolwerk::app
