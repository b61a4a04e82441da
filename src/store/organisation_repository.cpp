#include "store/organisation_repository.hpp"

#include "store/connection.hpp"

namespace bolwerk::store {

namespace {

constexpr std::string_view columns = "id, name, kind, oin, kvk_number, created_at, updated_at, version";

Result<domain::Organisation> from_row(Row row)
{
    domain::Organisation organisation;
    organisation.id = OrganisationId(row.int64(0));
    organisation.name = row.text(1);
    organisation.kind = TRY(domain::parse_organisation_kind(row.text(2)));
    if (auto const oin = row.optional_text(3))
        organisation.oin = TRY(domain::Oin::parse(*oin));
    if (auto const kvk = row.optional_text(4))
        organisation.kvk_number = TRY(domain::KvkNumber::parse(*kvk));
    organisation.created_at = TRY(parse_timestamp(row.text(5)));
    organisation.updated_at = TRY(parse_timestamp(row.text(6)));
    organisation.version = row.int64(7);
    return organisation;
}

Value oin_value(domain::OrganisationDraft const& draft) { return draft.oin ? Value{draft.oin->value()} : null_value(); }

Value kvk_value(domain::OrganisationDraft const& draft)
{
    return draft.kvk_number ? Value{draft.kvk_number->value()} : null_value();
}

Error explain_conflict(Error const& error)
{
    if (error.kind() != ErrorKind::Conflict)
        return error;
    return Error::conflict("an organisation with this name, OIN or KvK number already exists");
}

} // namespace

Result<domain::Organisation> OrganisationRepository::insert(
    Transaction& transaction, domain::OrganisationDraft const& draft, Timestamp now)
{
    auto const time = format_timestamp(now);
    auto rows = transaction.query("INSERT INTO organisations (name, kind, oin, kvk_number, created_at, updated_at)"
                                  " VALUES ($1, $2, $3, $4, $5, $6) RETURNING "
            + std::string(columns),
        {draft.name, std::string(domain::to_string(draft.kind)), oin_value(draft), kvk_value(draft), time, time});
    if (!rows)
        return explain_conflict(rows.error());
    return from_row(rows->front());
}

Result<domain::Organisation> OrganisationRepository::update(Transaction& transaction, OrganisationId id,
    domain::OrganisationDraft const& draft, std::int64_t expected_version, Timestamp now)
{
    auto rows = transaction.query("UPDATE organisations SET name = $1, kind = $2, oin = $3, kvk_number = $4,"
                                  " updated_at = $5, version = version + 1 WHERE id = $6 AND version = $7 RETURNING "
            + std::string(columns),
        {draft.name, std::string(domain::to_string(draft.kind)), oin_value(draft), kvk_value(draft),
            format_timestamp(now), id.value(), expected_version});
    if (!rows)
        return explain_conflict(rows.error());
    if (rows->empty()) {
        auto const current = TRY(find(transaction.connection(), id));
        return Error::conflict("organisation " + id.to_string() + " was changed by someone else (version "
            + std::to_string(current.version) + ", expected " + std::to_string(expected_version)
            + "); reload and try again");
    }
    return from_row(rows->front());
}

Result<domain::Organisation> OrganisationRepository::find(Connection& connection, OrganisationId id)
{
    auto const rows
        = TRY(connection.query("SELECT " + std::string(columns) + " FROM organisations WHERE id = $1", {id.value()}));
    if (rows.empty())
        return Error::not_found("organisation " + id.to_string() + " does not exist");
    return from_row(rows.front());
}

Result<std::optional<domain::Organisation>> OrganisationRepository::find_by_name(
    Connection& connection, std::string_view name)
{
    auto const rows = TRY(connection.query(
        "SELECT " + std::string(columns) + " FROM organisations WHERE name = $1", {std::string(name)}));
    if (rows.empty())
        return std::optional<domain::Organisation>();
    return std::optional(TRY(from_row(rows.front())));
}

Result<std::vector<domain::Organisation>> OrganisationRepository::list(Connection& connection)
{
    auto const rows = TRY(connection.query("SELECT " + std::string(columns) + " FROM organisations ORDER BY name, id"));
    std::vector<domain::Organisation> organisations;
    organisations.reserve(rows.size());
    for (auto row : rows)
        organisations.push_back(TRY(from_row(row)));
    return organisations;
}

} // namespace bolwerk::store
