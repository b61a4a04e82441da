#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"

#include <optional>
#include <string>

namespace bolwerk::app {

/// The supplier register of the demo municipality (issue #14 item 9): 25 suppliers over
/// every status — one cloud provider behind several services (directly and in chains),
/// one expired ISAE 3402, assurance expiring soon and missing, one contract blocked at
/// the gate, one active by a recorded deviation, one ending within 90 days without an
/// exit check. Uses the systems and the completed analysis of the risk demo. Dates are
/// relative to `clock`. Does nothing when the organisation already has suppliers.
Result<std::optional<std::string>> set_up_supplier_demo(
    store::Database& database, Actor const& actor, Clock const& clock, OrganisationId organisation);

} // namespace bolwerk::app
