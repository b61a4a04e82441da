#pragma once

#include "common/result.hpp"
#include "domain/risk/information_system.hpp"
#include "store/forward.hpp"

#include <vector>

namespace bolwerk::store {

/// SQL for `information_systems` and their dependencies. Every call is scoped to one
/// organisation: a system of another organisation is NotFound.
class InformationSystemRepository {
public:
    static Result<domain::InformationSystem> insert(Transaction& transaction, OrganisationId organisation,
        domain::InformationSystemDraft const& draft, Timestamp now);
    /// Saves `draft` if the stored version is still `expected_version` (Conflict
    /// otherwise). `classified_at` moves to `now` only when the classification changed.
    static Result<domain::InformationSystem> update(Transaction& transaction, OrganisationId organisation,
        InformationSystemId id, domain::InformationSystemDraft const& draft, std::int64_t expected_version,
        Timestamp now);
    static Result<domain::InformationSystem> find(
        Connection& connection, OrganisationId organisation, InformationSystemId id);
    static Result<std::vector<domain::InformationSystem>> list(Connection& connection, OrganisationId organisation);
};

} // namespace bolwerk::store
