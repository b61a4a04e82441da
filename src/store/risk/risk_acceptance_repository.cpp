#include "store/risk/risk_acceptance_repository.hpp"

#include "store/connection.hpp"

#include <map>

namespace bolwerk::store {

namespace {

Result<domain::RiskAcceptance> from_row(Row row)
{
    domain::RiskAcceptance acceptance;
    acceptance.id = RiskAcceptanceId(row.int64(0));
    acceptance.risk_id = RiskId(row.int64(1));
    acceptance.accepted_by = row.text(2);
    acceptance.authority = TRY(domain::parse_acceptance_authority(row.text(3)));
    acceptance.level = TRY(domain::parse_risk_level(row.text(4)));
    acceptance.accepted_on = TRY(parse_date(row.text(5)));
    acceptance.valid_until = TRY(parse_date(row.text(6)));
    acceptance.reason = row.text(7);
    acceptance.recorded_at = TRY(parse_timestamp(row.text(8)));
    return acceptance;
}

} // namespace

Result<domain::RiskAcceptance> RiskAcceptanceRepository::insert(Transaction& transaction, OrganisationId organisation,
    domain::RiskAcceptance acceptance, std::string const& recorded_by)
{
    auto const rows = TRY(transaction.query(
        "INSERT INTO risk_acceptances (organisation_id, risk_id, accepted_by, authority, level, accepted_on,"
        " valid_until, reason, recorded_at, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        {organisation.value(), acceptance.risk_id.value(), acceptance.accepted_by,
            std::string(domain::to_string(acceptance.authority)), std::string(domain::to_string(acceptance.level)),
            format_date(acceptance.accepted_on), format_date(acceptance.valid_until), acceptance.reason,
            format_timestamp(acceptance.recorded_at), recorded_by}));
    acceptance.id = RiskAcceptanceId(rows.front().int64(0));
    for (std::size_t position = 0; position < acceptance.waived_measures.size(); ++position) {
        TRY(transaction.query("INSERT INTO risk_acceptance_waivers (organisation_id, acceptance_id, position, measure)"
                              " VALUES ($1, $2, $3, $4)",
            {organisation.value(), acceptance.id.value(), static_cast<std::int64_t>(position),
                acceptance.waived_measures[position]}));
    }
    return acceptance;
}

Result<std::vector<domain::RiskAcceptance>> RiskAcceptanceRepository::list(
    Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query(
        "SELECT id, risk_id, accepted_by, authority, level, accepted_on, valid_until, reason, recorded_at"
        " FROM risk_acceptances WHERE organisation_id = $1 ORDER BY risk_id, id",
        {organisation.value()}));
    std::vector<domain::RiskAcceptance> acceptances;
    std::map<std::int64_t, std::size_t> index_of;
    for (auto row : rows) {
        acceptances.push_back(TRY(from_row(row)));
        index_of[acceptances.back().id.value()] = acceptances.size() - 1;
    }
    auto const waivers = TRY(connection.query("SELECT acceptance_id, measure FROM risk_acceptance_waivers"
                                              " WHERE organisation_id = $1 ORDER BY acceptance_id, position",
        {organisation.value()}));
    for (auto row : waivers) {
        if (auto const found = index_of.find(row.int64(0)); found != index_of.end())
            acceptances[found->second].waived_measures.push_back(row.text(1));
    }
    return acceptances;
}

} // namespace bolwerk::store
