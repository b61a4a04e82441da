#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "domain/role.hpp"

#include <cstdint>
#include <string>

namespace bolwerk::domain {

/// An API token for automation, scoped to one organisation and one role: the secret
/// itself is never kept, only its SHA-256 (store/credential_repository).
struct ApiToken {
    std::int64_t id = 0;
    std::string name;
    UserId user{0};
    OrganisationId organisation{0};
    Role role = Role::Auditor;
    Timestamp created_at{};
    Timestamp expires_at{};
    bool revoked = false;
};

} // namespace bolwerk::domain
