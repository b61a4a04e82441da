#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"

#include <optional>
#include <string>

namespace bolwerk::app {

/// The risk picture of the demo municipality (issue 6): the default methodology,
/// eight information systems with dependencies and BIV classifications, twenty risks
/// over every treatment with acceptances (one by the board, one expiring), an
/// overdue review, a quickscan and a full analysis. Dates are relative to `clock`.
/// Does nothing and returns nothing when the organisation already has systems, so
/// running it twice changes nothing; otherwise returns a line for the demo report.
Result<std::optional<std::string>> set_up_risk_demo(
    store::Database& database, Actor const& actor, Clock const& clock, OrganisationId organisation);

} // namespace bolwerk::app
