#pragma once

#include "app/actor.hpp"
#include "common/id.hpp"
#include "common/result.hpp"

#include <cstdint>
#include <optional>

namespace bolwerk::app {

/// Things a use case can ask permission for.
enum class Permission : std::uint8_t {
    OrganisationCreate,
    OrganisationRead,
    OrganisationUpdate,
    AuditTrailRead,
    SchemaMigrate,
    RiskRead,
    RiskWrite,
    RiskAccept,
    RiskMethodologyWrite,
    CatalogImport,
    CatalogRead,
};

/// Decides whether `actor` may do `permission` (in `organisation`, where it applies).
/// The operator may do everything. Users have no roles until the web issue adds
/// memberships, so every user request is refused for now (deny by default).
/// A refusal for an organisation the user cannot see is NotFound, never Forbidden,
/// so that ids of other organisations leak nothing.
Result<void> authorise(Actor const& actor, Permission permission, std::optional<OrganisationId> organisation = {});

} // namespace bolwerk::app
