#pragma once

#include "app/risk/risk_service.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"

namespace bolwerk::app {

/// The stored methodology of `organisation`, or the built-in standard (version 0).
/// Internal to the risk use cases.
Result<MethodologyVersion> load_methodology(store::Connection& connection, OrganisationId organisation);

} // namespace bolwerk::app
