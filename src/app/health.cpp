#include "app/health.hpp"

#include "store/database.hpp"

namespace bolwerk::app {

Result<void> check_database(store::Database& database)
{
    auto connection = TRY(database.acquire());
    TRY(connection->query("SELECT 1"));
    return ok();
}

} // namespace bolwerk::app
