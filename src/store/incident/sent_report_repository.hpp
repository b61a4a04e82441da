#pragma once

#include "common/result.hpp"
#include "domain/incident/deadline.hpp"
#include "domain/incident/sent_report.hpp"
#include "store/forward.hpp"

#include <map>
#include <vector>

namespace bolwerk::store {

/// SQL for `incident_sent_reports` and their fields (issue #15). A report marked sent is
/// frozen: there is no update and no delete. Scoped to one organisation per call.
/// Stateless.
class SentReportRepository {
public:
    /// Stores the report with its fields and digest as they are.
    static Result<void> insert(
        Transaction& transaction, OrganisationId organisation, domain::incident::SentReport const& report);
    /// The incident's reports with their fields, in the order they were sent.
    static Result<std::vector<domain::incident::SentReport>> list(
        Connection& connection, OrganisationId organisation, IncidentId incident);
    /// What the clocks need of every report of the organisation: kind and time, per incident.
    static Result<std::map<IncidentId, std::vector<domain::incident::SentReportTime>>> list_times(
        Connection& connection, OrganisationId organisation);
};

} // namespace bolwerk::store
