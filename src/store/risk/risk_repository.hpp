#pragma once

#include "common/result.hpp"
#include "domain/risk/risk.hpp"
#include "store/forward.hpp"

#include <vector>

namespace bolwerk::store {

/// SQL for the risk register: `risks` with its impacts per area, affected systems,
/// existing controls and planned measures. Scoped to one organisation on every call.
class RiskRepository {
public:
    /// Stores a scored risk (its id, timestamps and version are assigned here).
    static Result<domain::Risk> insert(Transaction& transaction, OrganisationId organisation, domain::Risk risk,
        std::int64_t methodology_version, Timestamp now);
    /// Replaces the risk's content if it is still at `expected_version`.
    static Result<domain::Risk> update(Transaction& transaction, OrganisationId organisation, RiskId id,
        domain::Risk risk, std::int64_t expected_version, std::int64_t methodology_version, Timestamp now);
    static Result<domain::Risk> find(Connection& connection, OrganisationId organisation, RiskId id);
    /// All risks of the organisation, in id order, with their parts (five queries, not
    /// one per risk).
    static Result<std::vector<domain::Risk>> list(Connection& connection, OrganisationId organisation);
};

} // namespace bolwerk::store
