#pragma once

#include "common/result.hpp"
#include "domain/risk/risk_analysis.hpp"
#include "store/forward.hpp"

#include <vector>

namespace bolwerk::store {

/// SQL for `risk_analyses`, scoped to one organisation on every call.
class RiskAnalysisRepository {
public:
    static Result<domain::RiskAnalysis> insert(Transaction& transaction, domain::RiskAnalysis analysis, Timestamp now);
    static Result<domain::RiskAnalysis> update(
        Transaction& transaction, domain::RiskAnalysis analysis, std::int64_t expected_version, Timestamp now);
    static Result<domain::RiskAnalysis> find(Connection& connection, OrganisationId organisation, RiskAnalysisId id);
    static Result<std::vector<domain::RiskAnalysis>> list(Connection& connection, OrganisationId organisation);
};

} // namespace bolwerk::store
