#pragma once

#include "common/result.hpp"
#include "store/forward.hpp"

namespace bolwerk::app {

/// Whether the database answers a trivial query (readiness checks).
Result<void> check_database(store::Database& database);

} // namespace bolwerk::app
