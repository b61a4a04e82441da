#include "app/authorisation.hpp"

#include <algorithm>
#include <array>

namespace bolwerk::app {

namespace {

using domain::Role;

constexpr std::array permissions{Permission::OrganisationCreate, Permission::OrganisationRead,
    Permission::OrganisationUpdate, Permission::AuditTrailRead, Permission::AuditTrailVerify, Permission::SchemaMigrate,
    Permission::MemberRead, Permission::MemberManage, Permission::ApiTokenManage};

constexpr std::array<std::string_view, permissions.size()> permission_names{"organisation.create", "organisation.read",
    "organisation.update", "audit_trail.read", "audit_trail.verify", "schema.migrate", "member.read", "member.manage",
    "api_token.manage"};

// Installation-wide permissions that no organisation role grants.
bool is_global(Permission permission)
{
    return permission == Permission::OrganisationCreate || permission == Permission::AuditTrailVerify
        || permission == Permission::SchemaMigrate;
}

} // namespace

std::string_view to_string(Permission permission) { return permission_names.at(static_cast<std::size_t>(permission)); }

std::span<Permission const> all_permissions() { return permissions; }

bool role_grants(Role role, Permission permission)
{
    switch (permission) {
    case Permission::OrganisationRead:
        // The supplier portal shows suppliers only their own questionnaires.
        return role != Role::Leverancier;
    case Permission::OrganisationUpdate: return role == Role::Beheerder || role == Role::Ciso;
    case Permission::AuditTrailRead:
        // BIO2 8.15: the audit trail is read by those who answer for security and by auditors.
        return role == Role::Beheerder || role == Role::Ciso || role == Role::Auditor;
    case Permission::MemberRead: return role == Role::Beheerder || role == Role::Ciso || role == Role::Auditor;
    case Permission::MemberManage:
    case Permission::ApiTokenManage: return role == Role::Beheerder;
    case Permission::OrganisationCreate:
    case Permission::AuditTrailVerify:
    case Permission::SchemaMigrate: return false;
    }
    return false;
}

bool can_see(Actor const& actor, OrganisationId organisation)
{
    if (actor.kind == Actor::Kind::Operator || actor.administrator)
        return true;
    return std::any_of(actor.memberships.begin(), actor.memberships.end(),
        [&](domain::Membership const& membership) { return membership.organisation == organisation; });
}

Result<void> authorise(Actor const& actor, Permission permission, std::optional<OrganisationId> organisation)
{
    if (actor.kind == Actor::Kind::Operator || actor.administrator)
        return ok();
    if (is_global(permission))
        return Error::forbidden("you do not have permission for this action");
    if (!organisation) {
        if (permission == Permission::OrganisationRead)
            return ok();
        return Error::forbidden("you do not have permission for this action");
    }
    if (!can_see(actor, *organisation))
        return Error::not_found("organisation " + organisation->to_string() + " does not exist");
    for (auto const& membership : actor.memberships) {
        if (membership.organisation == *organisation && role_grants(membership.role, permission))
            return ok();
    }
    return Error::forbidden("your role in this organisation does not allow this action");
}

} // namespace bolwerk::app
