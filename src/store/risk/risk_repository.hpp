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
    /// One page of the register in id order, with its parts, and the total number of
    /// risks; for screens that show a few dozen rows of a large register.
    static Result<std::vector<domain::Risk>> page(
        Connection& connection, OrganisationId organisation, std::int64_t offset, std::int64_t limit);
    static Result<std::int64_t> count(Connection& connection, OrganisationId organisation);
    /// One page of the risks that pass `filter`, with their parts, and how many pass.
    struct FilteredPage {
        std::vector<domain::Risk> risks;
        std::int64_t total = 0;
    };
    static Result<FilteredPage> search(Connection& connection, OrganisationId organisation,
        domain::RiskFilter const& filter, std::int64_t offset, std::int64_t limit);
    /// The scores of every risk and nothing else (one narrow query), for heat maps.
    static Result<std::vector<domain::RiskScores>> scores(Connection& connection, OrganisationId organisation);
};

} // namespace bolwerk::store
