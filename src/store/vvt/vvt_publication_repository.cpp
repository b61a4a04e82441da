#include "store/vvt/vvt_publication_repository.hpp"

#include "common/assert.hpp"
#include "store/connection.hpp"

namespace bolwerk::store {

namespace {

constexpr std::string_view publication_select
    = "SELECT p.id, p.organisation_id, p.version_id, v.number, p.published_at, p.published_by, p.unpublished_at,"
      " p.unpublished_by FROM vvt_publications p JOIN vvt_versions v ON v.id = p.version_id"
      " AND v.organisation_id = p.organisation_id WHERE p.organisation_id = $1";

Result<StoredPublication> from_row(Row const& row)
{
    StoredPublication publication;
    publication.id = row.int64(0);
    publication.organisation = OrganisationId(row.int64(1));
    publication.version = VvtVersionId(row.int64(2));
    publication.version_number = row.int64(3);
    publication.published_at = TRY(parse_timestamp(row.text(4)));
    publication.published_by = row.text(5);
    if (auto const at = row.optional_text(6))
        publication.unpublished_at = TRY(parse_timestamp(*at));
    publication.unpublished_by = row.optional_text(7).value_or("");
    return publication;
}

} // namespace

Result<StoredPublicationSetting> VvtPublicationRepository::setting(Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(
        connection.query("SELECT enabled, updated_at, updated_by, show_implementation FROM vvt_publication_settings"
                         " WHERE organisation_id = $1",
            {organisation.value()}));
    if (rows.empty())
        return StoredPublicationSetting{};
    auto const row = rows.front();
    return StoredPublicationSetting{
        row.int64(0) != 0, row.int64(3) != 0, TRY(parse_timestamp(row.text(1))), row.text(2)};
}

Result<StoredPublicationSetting> VvtPublicationRepository::set_setting(Transaction& transaction,
    OrganisationId organisation, bool enabled, bool show_implementation, std::string const& updated_by, Timestamp now)
{
    auto const time = format_timestamp(now);
    std::int64_t const flag = enabled ? 1 : 0;
    std::int64_t const implementation = show_implementation ? 1 : 0;
    auto const updated = TRY(transaction.query("UPDATE vvt_publication_settings SET enabled = $1, updated_at = $2,"
                                               " updated_by = $3, show_implementation = $4 WHERE organisation_id = $5",
        {flag, time, updated_by, implementation, organisation.value()}));
    if (updated.affected_rows() == 0) {
        TRY(transaction.query("INSERT INTO vvt_publication_settings (organisation_id, enabled, updated_at, updated_by,"
                              " show_implementation) VALUES ($1, $2, $3, $4, $5)",
            {organisation.value(), flag, time, updated_by, implementation}));
    }
    return StoredPublicationSetting{enabled, show_implementation, now, updated_by};
}

Result<std::optional<StoredPublication>> VvtPublicationRepository::current(
    Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query(
        std::string(publication_select) + " AND p.unpublished_at IS NULL ORDER BY p.id DESC", {organisation.value()}));
    if (rows.empty())
        return std::optional<StoredPublication>();
    return std::optional<StoredPublication>(TRY(from_row(rows.front())));
}

Result<StoredPublication> VvtPublicationRepository::publish(Transaction& transaction, OrganisationId organisation,
    VvtVersionId version, std::string const& published_by, Timestamp now)
{
    auto const time = format_timestamp(now);
    TRY(transaction.query("UPDATE vvt_publications SET unpublished_at = $1, unpublished_by = $2"
                          " WHERE organisation_id = $3 AND unpublished_at IS NULL",
        {time, published_by, organisation.value()}));
    TRY(transaction.query("INSERT INTO vvt_publications (organisation_id, version_id, published_at, published_by)"
                          " VALUES ($1, $2, $3, $4)",
        {organisation.value(), version.value(), time, published_by}));
    auto const published = TRY(current(transaction.connection(), organisation));
    BOLWERK_VERIFY(published.has_value());
    return *published;
}

Result<StoredPublication> VvtPublicationRepository::unpublish(
    Transaction& transaction, OrganisationId organisation, std::string const& unpublished_by, Timestamp now)
{
    auto published = TRY(current(transaction.connection(), organisation));
    if (!published)
        return Error::not_found("the VvT is not published");
    TRY(transaction.query("UPDATE vvt_publications SET unpublished_at = $1, unpublished_by = $2"
                          " WHERE organisation_id = $3 AND id = $4",
        {format_timestamp(now), unpublished_by, organisation.value(), published->id}));
    published->unpublished_at = now;
    published->unpublished_by = unpublished_by;
    return *published;
}

Result<std::vector<StoredPublication>> VvtPublicationRepository::history(
    Connection& connection, OrganisationId organisation)
{
    auto const rows
        = TRY(connection.query(std::string(publication_select) + " ORDER BY p.id DESC", {organisation.value()}));
    std::vector<StoredPublication> publications;
    for (auto const& row : rows)
        publications.push_back(TRY(from_row(row)));
    return publications;
}

} // namespace bolwerk::store
