#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"

#include <string>

namespace bolwerk::app {

/// The incidents of the demo municipality (issue #15 item 9): a reportable ransomware
/// case with its early warning and notification sent on time, a phishing mail decided
/// "not reportable" with its reasons, and an open outage whose 72-hour notification clock
/// is running. Moments of awareness lie in the past relative to `clock`; every change
/// goes through IncidentService, so the audit trail and timelines are as a user makes them.
Result<std::string> set_up_incident_demo(
    store::Database& database, Actor const& actor, Clock const& clock, OrganisationId organisation);

} // namespace bolwerk::app
