#include "app/authorisation.hpp"

#include <algorithm>
#include <array>

namespace bolwerk::app {

namespace {

using domain::Role;

// In the order of the enum: permission_names is indexed by its value.
constexpr std::array permissions{Permission::OrganisationCreate, Permission::OrganisationRead,
    Permission::OrganisationUpdate, Permission::AuditTrailRead, Permission::AuditTrailVerify, Permission::SchemaMigrate,
    Permission::RiskRead, Permission::RiskWrite, Permission::RiskAccept, Permission::RiskMethodologyWrite,
    Permission::CatalogImport, Permission::CatalogRead, Permission::MemberRead, Permission::MemberManage,
    Permission::ApiTokenManage, Permission::AssessmentRead, Permission::AssessmentWrite,
    Permission::AssessmentContribute, Permission::AssessmentFreeze, Permission::EvidenceRead, Permission::EvidenceWrite,
    Permission::VvtManage, Permission::VvtApprove, Permission::VvtPublish, Permission::DatabaseBackup,
    Permission::DatabaseRestore, Permission::AuditCheckpoint,
    // Issue #14
    Permission::SupplierRead, Permission::SupplierWrite, Permission::ContractDeviate,
    // Incidents (issue #15).
    Permission::IncidentReport, Permission::IncidentRead, Permission::IncidentHandle};

constexpr std::array<std::string_view, permissions.size()> permission_names{"organisation.create", "organisation.read",
    "organisation.update", "audit_trail.read", "audit_trail.verify", "schema.migrate", "risk.read", "risk.write",
    "risk.accept", "risk_methodology.write", "catalog.import", "catalog.read", "member.read", "member.manage",
    "api_token.manage", "assessment.read", "assessment.write", "assessment.contribute", "assessment.freeze",
    "evidence.read", "evidence.write", "vvt.manage", "vvt.approve", "vvt.publish", "database.backup",
    "database.restore", "audit_trail.checkpoint",
    // Issue #14
    "supplier.read", "supplier.write", "contract.deviate",
    // Incidents (issue #15).
    "incident.report", "incident.read", "incident.handle"};

constexpr bool in_enum_order()
{
    for (std::size_t i = 0; i < permissions.size(); ++i) {
        if (static_cast<std::size_t>(permissions[i]) != i)
            return false;
    }
    return true;
}
static_assert(in_enum_order(), "permissions must list every Permission in enum order");

// Installation-wide permissions that no organisation role grants.
bool is_global(Permission permission)
{
    // The catalogs (the BIO2 versions) are shared by every organisation of the
    // installation, so only an administrator imports them.
    return permission == Permission::OrganisationCreate || permission == Permission::AuditTrailVerify
        || permission == Permission::SchemaMigrate || permission == Permission::CatalogImport
        || permission == Permission::DatabaseBackup || permission == Permission::DatabaseRestore
        || permission == Permission::AuditCheckpoint;
}

// Permissions a signed-in user has without naming an organisation.
bool is_open_without_organisation(Permission permission)
{
    // OrganisationRead lists only the user's own organisations; the catalogs are the
    // published norm and hold no organisation's data.
    return permission == Permission::OrganisationRead || permission == Permission::CatalogRead;
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
    case Permission::MemberRead: return role == Role::Beheerder || role == Role::Ciso || role == Role::Auditor;
    case Permission::MemberManage:
    case Permission::ApiTokenManage: return role == Role::Beheerder;
    case Permission::RiskRead:
        // The register holds the organisation's weak spots: those who own, decide on
        // or audit risks read it.
        return role == Role::Beheerder || role == Role::Ciso || role == Role::Bestuurder || role == Role::Lijnmanager
            || role == Role::Auditor;
    case Permission::RiskWrite: return role == Role::Ciso || role == Role::Lijnmanager;
    case Permission::RiskAccept:
        // Residual risk is accepted by the process owner up to a level and by the board
        // above it; the methodology's appetite decides which (app/risk).
        return role == Role::Lijnmanager || role == Role::Bestuurder;
    case Permission::RiskMethodologyWrite: return role == Role::Ciso;
    case Permission::CatalogRead: return true;
    case Permission::AssessmentRead:
        // The gap analysis is the organisation's own picture of its security; a supplier
        // sees only its questionnaires.
        return role != Role::Leverancier;
    case Permission::AssessmentWrite:
        // The statement of applicability is the CISO's (ISO 27001 6.1.3 d): which controls
        // apply, exclusions and the verdicts on opzet, bestaan and werking. The beheerder
        // keeps it as the organisation's administrator (issue #10, item 9).
        return role == Role::Beheerder || role == Role::Ciso;
    case Permission::AssessmentContribute:
        // Employees and line managers fill in the measures assigned to them (issue #5);
        // the use case checks that they own the measure and change only its progress.
        return role == Role::Beheerder || role == Role::Ciso || role == Role::Lijnmanager || role == Role::Medewerker;
    case Permission::AssessmentFreeze: return role == Role::Beheerder || role == Role::Ciso;
    case Permission::EvidenceRead:
        // Evidence of opzet, bestaan and werking is read by everyone who works on or
        // audits the ISMS; suppliers see only their own questionnaires.
        return role != Role::Leverancier;
    case Permission::EvidenceWrite:
        // Those who fill in measures upload the proof (ARCHITECTURE.md: medewerker
        // "uploads evidence"); board and auditors only read it.
        return role == Role::Beheerder || role == Role::Ciso || role == Role::Lijnmanager || role == Role::Medewerker;
    case Permission::VvtManage:
    case Permission::VvtPublish: return role == Role::Beheerder || role == Role::Ciso;
    case Permission::VvtApprove:
        // ISO 27001 5.1 and 6.1.3: top management approves the statement of applicability.
        return role == Role::Bestuurder;
    // Issue #14: the supplier register. The leverancier role gets none of the buyer's
    // permissions: a supplier never sees another supplier or the buyer's assessment.
    case Permission::SupplierRead:
        // Those who own, decide on or audit what the organisation buys read the register.
        return role == Role::Beheerder || role == Role::Ciso || role == Role::Bestuurder || role == Role::Lijnmanager
            || role == Role::Auditor;
    case Permission::SupplierWrite:
        // The CISO and the process owners (with the inkoper working for them) keep it.
        return role == Role::Beheerder || role == Role::Ciso || role == Role::Lijnmanager;
    case Permission::ContractDeviate:
        // BIO2 5.20.06: a gap at the gate is a risk someone accountable takes; the
        // methodology's appetite decides whether the process owner or the board.
        return role == Role::Lijnmanager || role == Role::Bestuurder;
    // Incidents (issue #15).
    case Permission::IncidentReport:
        // BIO2 5.24.01-02: everyone who works for the organisation reports a suspected
        // incident; a supplier reports through its own channel.
        return role != Role::Leverancier;
    case Permission::IncidentRead:
        // The register holds the details of attacks and breaches: those who handle them,
        // the process owners who resolve them (5.24.03), the board that answers for them
        // (5.24.04) and the auditors read it. The beheerder administers Bolwerk, not
        // incidents.
        return role == Role::Ciso || role == Role::Lijnmanager || role == Role::Bestuurder || role == Role::Auditor;
    case Permission::IncidentHandle:
        // The CISO handles incidents and decides on reporting; the proceseigenaar
        // resolves them (5.24.03).
        return role == Role::Ciso || role == Role::Lijnmanager;
    case Permission::OrganisationCreate:
    case Permission::AuditTrailVerify:
    case Permission::SchemaMigrate:
    case Permission::CatalogImport:
    case Permission::DatabaseBackup:
    case Permission::DatabaseRestore:
    case Permission::AuditCheckpoint: return false;
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
        if (is_open_without_organisation(permission))
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
