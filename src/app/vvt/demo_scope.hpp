#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"

#include <string>

namespace bolwerk::app {

/// Gives the demo municipality an ISMS scope (processes, systems, locations, interfaces
/// and an exclusion), so that its VvT pages are filled in. Does nothing when the
/// organisation has a scope already. Returns a line for the demo report.
Result<std::string> set_up_demo_scope(
    store::Database& database, Actor const& actor, Clock const& clock, OrganisationId organisation);

} // namespace bolwerk::app
