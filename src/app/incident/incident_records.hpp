#pragma once

#include "app/actor.hpp"
#include "common/result.hpp"
#include "domain/incident/incident_overview.hpp"
#include "store/forward.hpp"

#include <string>
#include <vector>

// Loading what the incident rules need, shared by the reading and the handling use cases.
namespace bolwerk::app::incident_records {

/// The incident with its timeline, decisions and sent reports (NotFound for an incident
/// of another organisation).
Result<domain::incident::IncidentRecord> load(
    store::Connection& connection, OrganisationId organisation, IncidentId incident);
/// Every incident of the organisation as a record, newest report first (five queries).
Result<std::vector<domain::incident::IncidentRecord>> load_all(
    store::Connection& connection, OrganisationId organisation);
/// The overview at `now` with the standard escalation policy.
domain::incident::IncidentOverview overview_of(domain::incident::IncidentRecord const& record, Timestamp now);
/// The named person behind the actor, as timelines and decisions record them: a user's
/// display name (else e-mail address), the operator's login name.
Result<std::string> person_name(store::Connection& connection, Actor const& actor);

} // namespace bolwerk::app::incident_records
