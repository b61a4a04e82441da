#include "app/member_invitation.hpp"

#include "app/audit_trail.hpp"
#include "app/authorisation.hpp"
#include "app/use_case.hpp"
#include "domain/password_policy.hpp"
#include "store/database.hpp"
#include "store/user_repository.hpp"

#include <algorithm>

namespace bolwerk::app {

Result<void> MemberInvitations::invite(Actor const& actor, AccountInput const& input)
{
    if (!input.membership || input.administrator)
        return Error::invalid("a member is added with a role in one organisation", {.field = "role"});
    // Permission before anything else, so a refusal tells nothing about the address.
    TRY(authorise(actor, Permission::MemberManage, input.membership->organisation));
    auto const created = m_accounts.create_user(actor, input);
    if (created)
        return ok();
    if (created.error().kind() != ErrorKind::Conflict)
        return created.error();
    // The one conflict of create_user: the address has an account.
    auto connection = TRY(m_database.acquire());
    auto const email = TRY(domain::normalise_email(input.email));
    auto const existing = TRY(store::UserRepository::find_by_email(*connection, email));
    if (!existing)
        return created.error();
    auto const roles = TRY(store::UserRepository::memberships(*connection, existing->id));
    bool const member = std::any_of(roles.begin(), roles.end(),
        [&](domain::Membership const& role) { return role.organisation == input.membership->organisation; });
    if (member)
        return Error::conflict("this address is already a member of this organisation");
    return record_existing_address(actor, *existing, *input.membership);
}

Result<void> MemberInvitations::record_existing_address(
    Actor const& actor, domain::User const& existing, domain::Membership const& membership)
{
    return run_in_transaction(m_database, m_clock, actor, [&](UseCase& use_case) -> Result<void> {
        TRY(use_case.audit(audit_change(std::nullopt, "membership.invite_existing_account", "user",
            existing.id.to_string(), nullptr, nullptr,
            "organisation " + membership.organisation.to_string() + " tried to add this account as "
                + std::string(domain::to_string(membership.role)) + "; nothing was changed")));
        return ok();
    });
}

} // namespace bolwerk::app
