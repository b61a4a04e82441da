#include "store/server_key_repository.hpp"

#include "store/connection.hpp"

namespace bolwerk::store {

Result<std::string> ServerKeyRepository::find_or_insert(
    Connection& connection, std::string const& purpose, std::string const& candidate, Timestamp now)
{
    // ON CONFLICT DO NOTHING: the same statement on SQLite (3.24+) and PostgreSQL, and
    // no error for the node that loses the race.
    TRY(connection.query("INSERT INTO server_keys (purpose, secret, created_at) VALUES ($1, $2, $3) "
                         "ON CONFLICT (purpose) DO NOTHING",
        {purpose, candidate, format_timestamp(now)}));
    auto const rows = TRY(connection.query("SELECT secret FROM server_keys WHERE purpose = $1", {purpose}));
    if (rows.empty())
        return Error::internal("the server key '" + purpose + "' was stored but cannot be read");
    return rows.front().text(0);
}

} // namespace bolwerk::store
