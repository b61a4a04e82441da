#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"

#include <string>

namespace bolwerk::app {

/// Gives the demo organisation a realistic, partly completed gap analysis against the
/// newest BIO2 version available (the built-in index when nothing is imported): every
/// control answered (four exclusions, one of them still without its risk reference),
/// measures over every status with owners, target dates (some overdue), maturity and
/// opzet/bestaan/werking, and the snapshots "Q2 2026" and "Q3 2026" that show a trend.
/// Deterministic (dates follow `clock`); does nothing when the organisation has
/// started its assessment already. Returns a line for the demo report.
Result<std::string> set_up_demo_assessment(
    store::Database& database, Actor const& actor, Clock const& clock, OrganisationId organisation);

} // namespace bolwerk::app
