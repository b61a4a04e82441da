#pragma once

#include "common/result.hpp"
#include "store/connection.hpp"

#include <memory>

namespace bolwerk::store {

struct DatabaseConfig;

/// Opens a PostgreSQL connection with libpq from the URI in `config.location`, using
/// `config.password` if set. Statements are prepared once per connection.
Result<std::unique_ptr<Connection>> open_postgres_connection(DatabaseConfig const& config);

} // namespace bolwerk::store
