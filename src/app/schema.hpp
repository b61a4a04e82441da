#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"
#include "store/migrator.hpp"

namespace bolwerk::app {

/// Brings the database schema up to date (`bolwerk migrate`, and every start-up).
Result<store::MigrationReport> upgrade_schema(store::Database& database, Actor const& actor, Clock const& clock);

} // namespace bolwerk::app
