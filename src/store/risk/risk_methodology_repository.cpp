#include "store/risk/risk_methodology_repository.hpp"

#include "store/connection.hpp"

namespace bolwerk::store {

Result<std::optional<StoredMethodology>> RiskMethodologyRepository::current(
    Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query("SELECT version, definition, created_at, created_by FROM risk_methodologies"
                                           " WHERE organisation_id = $1 ORDER BY version DESC LIMIT 1",
        {organisation.value()}));
    if (rows.empty())
        return std::optional<StoredMethodology>();
    auto const row = rows.front();
    return std::optional(StoredMethodology{row.int64(0), row.text(1), TRY(parse_timestamp(row.text(2))), row.text(3)});
}

Result<std::int64_t> RiskMethodologyRepository::add(Transaction& transaction, OrganisationId organisation,
    std::string const& definition, std::string const& created_by, Timestamp now)
{
    auto const rows = TRY(transaction.query(
        "INSERT INTO risk_methodologies (organisation_id, version, definition, created_at, created_by)"
        " SELECT $1, COALESCE(MAX(version), 0) + 1, $2, $3, $4 FROM risk_methodologies WHERE organisation_id = $1"
        " RETURNING version",
        {organisation.value(), definition, format_timestamp(now), created_by}));
    return rows.front().int64(0);
}

} // namespace bolwerk::store
