#pragma once

#include "common/result.hpp"
#include "domain/risk/acceptance.hpp"
#include "store/forward.hpp"

#include <vector>

namespace bolwerk::store {

/// SQL for `risk_acceptances`. Acceptances are never changed or deleted: a new
/// decision is a new row, so the history of who accepted what stays.
class RiskAcceptanceRepository {
public:
    static Result<domain::RiskAcceptance> insert(Transaction& transaction, OrganisationId organisation,
        domain::RiskAcceptance acceptance, std::string const& recorded_by);
    static Result<std::vector<domain::RiskAcceptance>> list(Connection& connection, OrganisationId organisation);
};

} // namespace bolwerk::store
