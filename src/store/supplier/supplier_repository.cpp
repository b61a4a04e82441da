#include "store/supplier/supplier_repository.hpp"

#include "store/connection.hpp"
#include "store/supplier/supplier_columns.hpp"

namespace bolwerk::store {

namespace {

constexpr std::string_view columns
    = "id, organisation_id, name, kvk_number, country, contacts, notes, created_at, updated_at, version";

Result<domain::Supplier> from_row(Row row)
{
    domain::Supplier supplier;
    supplier.id = SupplierId(row.int64(0));
    supplier.organisation_id = OrganisationId(row.int64(1));
    supplier.name = row.text(2);
    if (auto const kvk = row.optional_text(3))
        supplier.kvk_number = TRY(domain::KvkNumber::parse(*kvk));
    supplier.country = TRY(domain::CountryCode::parse(row.text(4)));
    supplier.contacts = TRY(supplier_columns::read_contacts(row.text(5)));
    supplier.notes = row.text(6);
    supplier.created_at = TRY(parse_timestamp(row.text(7)));
    supplier.updated_at = TRY(parse_timestamp(row.text(8)));
    supplier.version = row.int64(9);
    return supplier;
}

Error explain_conflict(Error const& error)
{
    if (error.kind() != ErrorKind::Conflict)
        return error;
    return Error::conflict("a supplier with this name already exists").with_field("name");
}

std::vector<Value> draft_values(domain::SupplierDraft const& draft)
{
    return {draft.name, draft.kvk_number ? Value{draft.kvk_number->value()} : null_value(), draft.country.value(),
        supplier_columns::write_contacts(draft.contacts), draft.notes};
}

} // namespace

Result<domain::Supplier> SupplierRepository::insert(
    Transaction& transaction, OrganisationId organisation, domain::SupplierDraft const& draft, Timestamp now)
{
    auto values = draft_values(draft);
    auto const time = format_timestamp(now);
    values.insert(values.end(), {organisation.value(), time, time});
    auto const rows = transaction.query("INSERT INTO suppliers (name, kvk_number, country, contacts, notes,"
                                        " organisation_id, created_at, updated_at)"
                                        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        values);
    if (!rows)
        return explain_conflict(rows.error());
    return find(transaction.connection(), organisation, SupplierId(rows->front().int64(0)));
}

Result<domain::Supplier> SupplierRepository::update(Transaction& transaction, OrganisationId organisation,
    SupplierId id, domain::SupplierDraft const& draft, std::int64_t expected_version, Timestamp now)
{
    auto const current = TRY(find(transaction.connection(), organisation, id));
    if (current.version != expected_version)
        return Error::conflict("supplier " + id.to_string() + " was changed by someone else (version "
            + std::to_string(current.version) + ", expected " + std::to_string(expected_version)
            + "); reload and try again");
    auto values = draft_values(draft);
    values.insert(values.end(), {format_timestamp(now), organisation.value(), id.value(), expected_version});
    auto const rows = transaction.query(
        "UPDATE suppliers SET name = $1, kvk_number = $2, country = $3, contacts = $4, notes = $5, updated_at = $6,"
        " version = version + 1 WHERE organisation_id = $7 AND id = $8 AND version = $9",
        values);
    if (!rows)
        return explain_conflict(rows.error());
    if (rows->affected_rows() != 1)
        return Error::conflict("supplier " + id.to_string() + " was changed by someone else; reload and try again");
    return find(transaction.connection(), organisation, id);
}

Result<domain::Supplier> SupplierRepository::find(Connection& connection, OrganisationId organisation, SupplierId id)
{
    auto const rows = TRY(
        connection.query("SELECT " + std::string(columns) + " FROM suppliers WHERE organisation_id = $1 AND id = $2",
            {organisation.value(), id.value()}));
    if (rows.empty())
        return Error::not_found("supplier " + id.to_string() + " does not exist");
    return from_row(rows.front());
}

Result<std::vector<domain::Supplier>> SupplierRepository::list(Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query(
        "SELECT " + std::string(columns) + " FROM suppliers WHERE organisation_id = $1 ORDER BY name, id",
        {organisation.value()}));
    std::vector<domain::Supplier> suppliers;
    suppliers.reserve(rows.size());
    for (auto row : rows)
        suppliers.push_back(TRY(from_row(row)));
    return suppliers;
}

} // namespace bolwerk::store
