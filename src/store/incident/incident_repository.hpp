#pragma once

#include "common/result.hpp"
#include "domain/incident/incident.hpp"
#include "store/forward.hpp"

#include <optional>
#include <vector>

namespace bolwerk::store {

/// Which incidents a listing returns; every part optional.
struct IncidentFilter {
    std::optional<domain::incident::IncidentStatus> status;
};

/// SQL for `incidents` and `incident_systems` (issue #15). Every call is scoped to one
/// organisation: an incident of another organisation is NotFound. Stateless.
class IncidentRepository {
public:
    /// Inserts `incident` (its id and version are ignored) with its systems; returns it
    /// as stored.
    static Result<domain::incident::Incident> insert(Transaction& transaction, domain::incident::Incident incident);
    /// Saves every field of `incident` if the stored version is still `incident.version`
    /// (Conflict otherwise); the stored version goes up by one.
    static Result<domain::incident::Incident> update(Transaction& transaction, domain::incident::Incident incident);
    static Result<domain::incident::Incident> find(Connection& connection, OrganisationId organisation, IncidentId id);
    /// The organisation's incidents, newest report first (two queries, however many).
    static Result<std::vector<domain::incident::Incident>> list(
        Connection& connection, OrganisationId organisation, IncidentFilter const& filter = {});
};

} // namespace bolwerk::store
