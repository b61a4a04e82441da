#pragma once

#include "app/actor.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/role.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace bolwerk::app {

/// Things a use case can ask permission for.
enum class Permission : std::uint8_t {
    OrganisationCreate,
    OrganisationRead,
    OrganisationUpdate,
    AuditTrailRead, ///< Read and export an organisation's audit trail.
    AuditTrailVerify, ///< Verify every chain (installation-wide).
    SchemaMigrate,
    RiskRead,
    RiskWrite,
    RiskAccept,
    RiskMethodologyWrite,
    CatalogImport,
    CatalogRead,
    MemberRead, ///< See the users and roles of an organisation.
    MemberManage, ///< Create users, grant and revoke roles.
    ApiTokenManage,
    AssessmentRead, ///< See the gap analysis (assessment) of an organisation.
    /// Decide the statement of applicability: control applicability and exclusions, and
    /// every field of every measure answer (owner, not applicable, the verdicts on opzet,
    /// bestaan and werking).
    AssessmentWrite,
    /// Fill in the measures one owns (the answer's owner is one's e-mail address): their
    /// status, maturity and notes (issue #10, item 9).
    AssessmentContribute,
    AssessmentFreeze, ///< Freeze snapshots, set the maturity scale, move to another catalog version.
    EvidenceRead, ///< See evidence items and download their files.
    EvidenceWrite, ///< Upload evidence, add versions, link it to measures.
    VvtManage, ///< Edit the ISMS scope, freeze a VvT version.
    VvtApprove, ///< Approve a VvT version (the board).
    VvtPublish, ///< Switch publication on or off, publish and unpublish the VvT.
    DatabaseBackup, ///< Copy the whole database, every organisation's data (installation-wide).
    DatabaseRestore, ///< Replace the whole database with a backup (installation-wide).
    AuditCheckpoint, ///< Sign the audit chain heads with the installation's key (installation-wide).
    // Issue #14: the supplier register (BIO2 5.19–5.23). The supplier portal's own
    // permissions for the leverancier role come with the portal; none of these is theirs.
    SupplierRead, ///< See the supplier register, contracts, chains, assurance and the gate.
    SupplierWrite, ///< Register suppliers, services, contracts, chains and reports; activate a contract.
    ContractDeviate, ///< Activate a contract despite the pre-contract gate, as a recorded decision.
    // Incidents under the Cbw (issue #15).
    IncidentReport, ///< Report a suspected incident at the meldloket (BIO2 5.24.01).
    IncidentRead, ///< See the incident register: timelines, clocks, decisions and reports.
    /// Handle incidents: timeline entries, classification, status, the significance
    /// decision and marking reports as sent.
    IncidentHandle,
};

std::string_view to_string(Permission permission);
std::span<Permission const> all_permissions();

/// Whether `role` grants `permission` inside its organisation (the role matrix).
bool role_grants(domain::Role role, Permission permission);

/// Decides whether `actor` may do `permission` (in `organisation`, where it applies).
/// The operator and system administrators may do everything. A user may act in an
/// organisation only through a role there that grants the permission. A refusal for
/// an organisation the user is not a member of is NotFound, never Forbidden, so that
/// ids of other organisations leak nothing; a member lacking the role gets Forbidden.
/// Without an organisation only OrganisationRead (a list filtered to the user's own
/// organisations) is open to users.
Result<void> authorise(Actor const& actor, Permission permission, std::optional<OrganisationId> organisation = {});

/// Whether `actor` may see `organisation` at all (any membership, or administrator).
bool can_see(Actor const& actor, OrganisationId organisation);

} // namespace bolwerk::app
