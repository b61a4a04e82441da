#include "store/vvt/vvt_version_repository.hpp"

#include "store/connection.hpp"

namespace bolwerk::store {

namespace {

constexpr std::string_view summary_columns = "id, organisation_id, number, catalog, statement_sha256, canonical_sha256,"
                                             " created_at, created_by, approved_by_name, approved_by_user, approved_at,"
                                             " content_sha256, approved_content_sha256";

Result<StoredVvtVersion> from_row(Row const& row, bool with_statement)
{
    StoredVvtVersion version;
    version.id = VvtVersionId(row.int64(0));
    version.organisation = OrganisationId(row.int64(1));
    version.number = row.int64(2);
    version.catalog = row.text(3);
    version.statement_sha256 = row.text(4);
    version.canonical_sha256 = row.text(5);
    version.created_at = TRY(parse_timestamp(row.text(6)));
    version.created_by = row.text(7);
    version.approved_by_name = row.optional_text(8);
    if (auto const user = row.optional_int64(9))
        version.approved_by_user = UserId(*user);
    if (auto const at = row.optional_text(10))
        version.approved_at = TRY(parse_timestamp(*at));
    version.content_sha256 = row.optional_text(11).value_or("");
    version.approved_content_sha256 = row.optional_text(12);
    if (with_statement)
        version.statement = row.text(13);
    return version;
}

Result<StoredVvtVersion> find_where(
    Connection& connection, std::string_view condition, OrganisationId organisation, std::int64_t key)
{
    auto const rows = TRY(connection.query("SELECT " + std::string(summary_columns)
            + ", statement FROM vvt_versions WHERE organisation_id = $1 AND " + std::string(condition),
        {organisation.value(), key}));
    if (rows.empty())
        return Error::not_found("VvT version does not exist");
    return from_row(rows.front(), true);
}

} // namespace

Result<std::int64_t> VvtVersionRepository::next_number(Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query(
        "SELECT COALESCE(MAX(number), 0) FROM vvt_versions WHERE organisation_id = $1", {organisation.value()}));
    return rows.front().int64(0) + 1;
}

Result<StoredVvtVersion> VvtVersionRepository::insert(Transaction& transaction, StoredVvtVersion version)
{
    if (TRY(next_number(transaction.connection(), version.organisation)) != version.number)
        return Error::conflict("VvT version " + std::to_string(version.number)
            + " was frozen by someone else at the same time; try again");
    auto const rows = TRY(transaction.query(
        "INSERT INTO vvt_versions (organisation_id, number, catalog, statement, statement_sha256, canonical_sha256,"
        " created_at, created_by, content_sha256) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        {version.organisation.value(), version.number, version.catalog, version.statement, version.statement_sha256,
            version.canonical_sha256, format_timestamp(version.created_at), version.created_by,
            version.content_sha256}));
    version.id = VvtVersionId(rows.front().int64(0));
    return version;
}

Result<StoredVvtVersion> VvtVersionRepository::approve(
    Transaction& transaction, OrganisationId organisation, std::int64_t number, VvtApproval const& approval)
{
    auto const rows
        = TRY(transaction.query("UPDATE vvt_versions SET statement = $1, statement_sha256 = $2, canonical_sha256 = $3,"
                                " approved_by_name = $4, approved_by_user = $5, approved_at = $6,"
                                " approved_content_sha256 = $7"
                                " WHERE organisation_id = $8 AND number = $9 AND approved_at IS NULL",
            {approval.statement, approval.statement_sha256, approval.canonical_sha256, approval.approved_by_name,
                approval.approved_by_user ? Value{approval.approved_by_user->value()} : null_value(),
                format_timestamp(approval.approved_at), approval.content_sha256, organisation.value(), number}));
    if (rows.affected_rows() != 1) {
        auto const existing = TRY(find(transaction.connection(), organisation, number));
        return Error::conflict("VvT version " + std::to_string(number) + " was already approved by "
            + existing.approved_by_name.value_or("") + " on "
            + (existing.approved_at ? format_timestamp(*existing.approved_at) : std::string()));
    }
    return find(transaction.connection(), organisation, number);
}

Result<StoredVvtVersion> VvtVersionRepository::find(
    Connection& connection, OrganisationId organisation, std::int64_t number)
{
    auto found = find_where(connection, "number = $2", organisation, number);
    if (!found && found.error().kind() == ErrorKind::NotFound)
        return Error::not_found("VvT version " + std::to_string(number) + " does not exist");
    return found;
}

Result<StoredVvtVersion> VvtVersionRepository::find(
    Connection& connection, OrganisationId organisation, VvtVersionId id)
{
    return find_where(connection, "id = $2", organisation, id.value());
}

Result<std::vector<StoredVvtVersion>> VvtVersionRepository::list(Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query(
        "SELECT " + std::string(summary_columns) + " FROM vvt_versions WHERE organisation_id = $1 ORDER BY number DESC",
        {organisation.value()}));
    std::vector<StoredVvtVersion> versions;
    for (auto const& row : rows)
        versions.push_back(TRY(from_row(row, false)));
    return versions;
}

} // namespace bolwerk::store
