#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"

#include <optional>
#include <string>

namespace bolwerk::app {

/// Gives the demo organisation evidence for its assessment: files, links and notes
/// linked to measures and to the aspect (opzet, bestaan, werking) they prove, one of
/// them expiring soon and one expired, so the evidence pages and the measure pages
/// show every state. Deterministic (dates follow `clock`); does nothing when the
/// organisation has evidence already. Returns a line for the demo report, or nothing.
Result<std::optional<std::string>> set_up_demo_evidence(
    store::Database& database, Actor const& actor, Clock const& clock, OrganisationId organisation);

} // namespace bolwerk::app
