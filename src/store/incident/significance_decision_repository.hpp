#pragma once

#include "common/result.hpp"
#include "domain/incident/significance.hpp"
#include "store/forward.hpp"

#include <map>
#include <vector>

namespace bolwerk::store {

/// SQL for `incident_significance_decisions` (issue #15): every answer of the
/// significance test is kept; a new decision is a new row, so the reasons of an earlier
/// "not reportable" stay on record. Scoped to one organisation per call. Stateless.
class SignificanceDecisionRepository {
public:
    static Result<void> insert(
        Transaction& transaction, OrganisationId organisation, domain::incident::SignificanceDecision const& decision);
    /// The incident's decisions in the order they were taken.
    static Result<std::vector<domain::incident::SignificanceDecision>> list(
        Connection& connection, OrganisationId organisation, IncidentId incident);
    /// The decisions of every incident of the organisation.
    static Result<std::map<IncidentId, std::vector<domain::incident::SignificanceDecision>>> list_all(
        Connection& connection, OrganisationId organisation);
};

} // namespace bolwerk::store
