#include "store/vvt/isms_scope_repository.hpp"

#include "store/connection.hpp"

namespace bolwerk::store {

namespace {

Error stale(std::int64_t expected_version, std::optional<StoredIsmsScope> const& current)
{
    auto const stored = current ? current->version : 0;
    return Error::conflict("the ISMS scope was changed by someone else (version " + std::to_string(stored)
        + ", you edited version " + std::to_string(expected_version) + "); reload and try again");
}

} // namespace

Result<std::optional<StoredIsmsScope>> IsmsScopeRepository::find(Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query(
        "SELECT definition, updated_at, updated_by, version FROM isms_scopes WHERE organisation_id = $1",
        {organisation.value()}));
    if (rows.empty())
        return std::optional<StoredIsmsScope>();
    auto const row = rows.front();
    return std::optional<StoredIsmsScope>(
        StoredIsmsScope{row.text(0), TRY(parse_timestamp(row.text(1))), row.text(2), row.int64(3)});
}

Result<StoredIsmsScope> IsmsScopeRepository::save(Transaction& transaction, OrganisationId organisation,
    std::string const& definition, std::int64_t expected_version, std::string const& updated_by, Timestamp now)
{
    auto const current = TRY(find(transaction.connection(), organisation));
    if ((current ? current->version : 0) != expected_version)
        return stale(expected_version, current);
    auto const time = format_timestamp(now);
    if (!current) {
        TRY(transaction.query("INSERT INTO isms_scopes (organisation_id, definition, updated_at, updated_by, version)"
                              " VALUES ($1, $2, $3, $4, 1)",
            {organisation.value(), definition, time, updated_by}));
        return StoredIsmsScope{definition, now, updated_by, 1};
    }
    auto const rows = TRY(transaction.query(
        "UPDATE isms_scopes SET definition = $1, updated_at = $2, updated_by = $3, version = version + 1"
        " WHERE organisation_id = $4 AND version = $5",
        {definition, time, updated_by, organisation.value(), expected_version}));
    if (rows.affected_rows() != 1)
        return stale(expected_version, current);
    return StoredIsmsScope{definition, now, updated_by, expected_version + 1};
}

} // namespace bolwerk::store
