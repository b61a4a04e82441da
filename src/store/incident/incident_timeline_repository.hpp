#pragma once

#include "common/result.hpp"
#include "domain/incident/timeline.hpp"
#include "store/forward.hpp"

#include <map>
#include <vector>

namespace bolwerk::store {

/// SQL for `incident_timeline_entries`, the append-only timeline (issue #15). There is
/// deliberately no update and no delete: a correction is a new entry that names the
/// entry it corrects (domain::incident::append_entry checks that). Scoped to one
/// organisation per call. Stateless.
class IncidentTimelineRepository {
public:
    /// Inserts `entry` (its id is ignored) and returns it with its id.
    static Result<domain::incident::TimelineEntry> append(
        Transaction& transaction, OrganisationId organisation, domain::incident::TimelineEntry entry);
    /// The incident's entries in the order they were written.
    static Result<std::vector<domain::incident::TimelineEntry>> list(
        Connection& connection, OrganisationId organisation, IncidentId incident);
    /// The entries of every incident of the organisation, per incident in the order written.
    static Result<std::map<IncidentId, std::vector<domain::incident::TimelineEntry>>> list_all(
        Connection& connection, OrganisationId organisation);
};

} // namespace bolwerk::store
