#pragma once

#include "app/account_service.hpp"
#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"

namespace bolwerk::app {

/// Adding a member to an organisation by e-mail address ("users and roles" page).
///
/// Issue #10 (b): an address that already had an account in another organisation was
/// answered with 409 "already exists", so any beheerder could find out which addresses
/// have a Bolwerk account (account enumeration, OWASP ASVS 2.5). Now such an address is
/// answered as if the member was invited: the same result as for a new account, after
/// the same work (the password is hashed either way), so neither the answer nor its
/// time tells the difference.
///
/// Keeps references to its arguments, which must outlive it. Safe to share between threads.
class MemberInvitations {
public:
    MemberInvitations(AccountService& accounts, store::Database& database, Clock const& clock)
        : m_accounts(accounts)
        , m_database(database)
        , m_clock(clock)
    {
    }

    /// Creates the account with its first role in `input.membership` (needs MemberManage
    /// there). For an address that already has an account outside this organisation
    /// nothing changes: a beheerder may neither pull another organisation's user in nor
    /// set their password. The attempt is written to the system audit chain, which the
    /// administrators read and the organisation's beheerders do not, and the answer is
    /// ok() as for a new account. Errors: Forbidden, Invalid input, and Conflict when the
    /// address is already a member of this organisation (shown on the page anyway).
    Result<void> invite(Actor const& actor, AccountInput const& input);

private:
    Result<void> record_existing_address(
        Actor const& actor, domain::User const& existing, domain::Membership const& membership);

    AccountService& m_accounts;
    store::Database& m_database;
    Clock const& m_clock;
};

} // namespace bolwerk::app
