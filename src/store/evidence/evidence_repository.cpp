#include "store/evidence/evidence_repository.hpp"

#include "common/digest.hpp"
#include "store/connection.hpp"

#include <map>

namespace bolwerk::store {

namespace {

constexpr std::string_view item_columns
    = "i.id, i.organisation_id, i.kind, i.title, i.description, i.effective_on, i.valid_until, i.url, i.note,"
      " i.created_at, i.created_by, i.updated_at, i.version,"
      " (SELECT COUNT(*) FROM evidence_versions c WHERE c.item_id = i.id),"
      " v.id, v.item_id, v.number, v.sha256, v.size, v.media_type, v.file_name, v.effective_on, v.valid_until,"
      " v.uploaded_at, v.uploaded_by";
constexpr std::size_t version_offset = 14;

constexpr std::string_view version_columns
    = "v.id, v.item_id, v.number, v.sha256, v.size, v.media_type, v.file_name, v.effective_on, v.valid_until,"
      " v.uploaded_at, v.uploaded_by FROM evidence_versions v";

Value optional_date(std::optional<Date> date) { return date ? Value{format_date(*date)} : null_value(); }

Result<std::optional<Date>> read_optional_date(Row row, std::size_t column)
{
    if (row.is_null(column))
        return std::optional<Date>();
    return std::optional<Date>(TRY(parse_date(row.text(column))));
}

Result<domain::EvidenceVersion> version_from_row(Row row, std::size_t first)
{
    domain::EvidenceVersion version;
    version.id = EvidenceVersionId(row.int64(first));
    version.item_id = EvidenceItemId(row.int64(first + 1));
    version.number = row.int64(first + 2);
    version.sha256 = row.text(first + 3);
    version.size = row.int64(first + 4);
    version.media_type = domain::parse_media_type(row.text(first + 5));
    version.file_name = row.text(first + 6);
    version.effective_on = TRY(parse_date(row.text(first + 7)));
    version.valid_until = TRY(read_optional_date(row, first + 8));
    version.uploaded_at = TRY(parse_timestamp(row.text(first + 9)));
    version.uploaded_by = row.text(first + 10);
    return version;
}

Result<domain::EvidenceItem> item_from_row(Row row)
{
    domain::EvidenceItem item;
    item.id = EvidenceItemId(row.int64(0));
    item.organisation_id = OrganisationId(row.int64(1));
    item.kind = TRY(domain::parse_evidence_kind(row.text(2)));
    item.title = row.text(3);
    item.description = row.text(4);
    item.effective_on = TRY(parse_date(row.text(5)));
    item.valid_until = TRY(read_optional_date(row, 6));
    item.url = row.text(7);
    item.note = row.text(8);
    item.created_at = TRY(parse_timestamp(row.text(9)));
    item.created_by = row.text(10);
    item.updated_at = TRY(parse_timestamp(row.text(11)));
    item.version = row.int64(12);
    item.version_count = row.int64(13);
    if (!row.is_null(version_offset))
        item.current = TRY(version_from_row(row, version_offset));
    return item;
}

Result<domain::EvidenceLink> link_from_row(Row row)
{
    domain::EvidenceLink link;
    link.id = EvidenceLinkId(row.int64(0));
    link.item_id = EvidenceItemId(row.int64(1));
    auto const kind = TRY(domain::parse_evidence_target_kind(row.text(2)));
    link.target = TRY(domain::EvidenceTarget::create(kind, row.text(3)));
    if (!row.text(4).empty())
        link.aspect = TRY(domain::parse_evidence_aspect(row.text(4)));
    return link;
}

std::string aspect_text(std::optional<domain::EvidenceAspect> aspect)
{
    return aspect ? std::string(domain::to_string(*aspect)) : std::string();
}

// The FROM and WHERE clauses of a listing over `evidence_items i`, with their
// parameters after $1 (the organisation). Only fixed SQL text is added; every value is
// bound. A target filter drives the query from the links' index
// (evidence_links_target), so asking for one measure's evidence reads only the links
// of that measure and their items, however much evidence the organisation has.
struct FilterSql {
    std::string from = "evidence_items i";
    std::string where;
    std::vector<Value> parameters;
};

FilterSql filter_sql(OrganisationId organisation, EvidenceFilter const& filter)
{
    FilterSql sql{.from = "evidence_items i", .where = "i.organisation_id = $1", .parameters = {organisation.value()}};
    auto const next = [&] { return "$" + std::to_string(sql.parameters.size() + 1); };
    if (filter.target) {
        sql.from = "(SELECT DISTINCT l.item_id FROM evidence_links l WHERE l.organisation_id = $1 AND l.target_kind = "
            + next();
        sql.parameters.emplace_back(std::string(domain::to_string(filter.target->kind)));
        sql.from += " AND l.target = " + next();
        sql.parameters.emplace_back(filter.target->reference);
        if (filter.aspect) {
            sql.from += " AND l.aspect IN ('', " + next() + ")";
            sql.parameters.emplace_back(aspect_text(filter.aspect));
        }
        sql.from += ") m JOIN evidence_items i ON i.id = m.item_id";
    } else if (filter.aspect) {
        sql.where += " AND EXISTS (SELECT 1 FROM evidence_links l WHERE l.organisation_id = $1 AND l.item_id = i.id"
                     " AND l.aspect = "
            + next() + ")";
        sql.parameters.emplace_back(aspect_text(filter.aspect));
    }
    if (filter.valid_until_by) {
        sql.where += " AND i.valid_until IS NOT NULL AND i.valid_until <= " + next();
        sql.parameters.emplace_back(format_date(*filter.valid_until_by));
    }
    return sql;
}

Result<std::map<EvidenceItemId, std::vector<domain::EvidenceLink>>> links_where(
    Connection& connection, FilterSql const& filter)
{
    auto const rows
        = TRY(connection.query("SELECT k.id, k.item_id, k.target_kind, k.target, k.aspect FROM evidence_links k"
                               " WHERE k.organisation_id = $1 AND k.item_id IN (SELECT i.id FROM "
                + filter.from + " WHERE " + filter.where + ") ORDER BY k.target_kind, k.target, k.aspect",
            filter.parameters));
    std::map<EvidenceItemId, std::vector<domain::EvidenceLink>> links;
    for (auto row : rows) {
        auto link = TRY(link_from_row(row));
        links[link.item_id].push_back(std::move(link));
    }
    return links;
}

Result<std::vector<domain::EvidenceItem>> items_where(Connection& connection, FilterSql const& filter)
{
    auto const rows = TRY(connection.query("SELECT " + std::string(item_columns) + " FROM " + filter.from
            + " LEFT JOIN evidence_versions v ON v.id = i.current_version_id WHERE " + filter.where
            + " ORDER BY i.effective_on DESC, i.id DESC",
        filter.parameters));
    std::vector<domain::EvidenceItem> items;
    items.reserve(rows.size());
    for (auto row : rows)
        items.push_back(TRY(item_from_row(row)));
    auto links = TRY(links_where(connection, filter));
    for (auto& item : items) {
        if (auto found = links.find(item.id); found != links.end())
            item.links = std::move(found->second);
    }
    return items;
}

} // namespace

Result<std::string> EvidenceRepository::store_content(
    Transaction& transaction, OrganisationId organisation, std::string_view content, Timestamp now)
{
    auto digest = sha256_hex(content);
    TRY(transaction.query("INSERT INTO evidence_blobs (organisation_id, sha256, size, content, created_at)"
                          " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (organisation_id, sha256) DO NOTHING",
        {organisation.value(), digest, static_cast<std::int64_t>(content.size()), Blob{std::string(content)},
            format_timestamp(now)}));
    return digest;
}

Result<std::string> EvidenceRepository::content(
    Connection& connection, OrganisationId organisation, std::string const& sha256)
{
    auto const rows
        = TRY(connection.query("SELECT content FROM evidence_blobs WHERE organisation_id = $1 AND sha256 = $2",
            {organisation.value(), sha256}));
    if (rows.empty())
        return Error::not_found("the file content " + sha256 + " does not exist");
    return rows.front().blob(0);
}

Result<domain::EvidenceItem> EvidenceRepository::insert_item(
    Transaction& transaction, domain::EvidenceItem item, Timestamp now)
{
    auto const time = format_timestamp(now);
    auto const rows = TRY(transaction.query(
        "INSERT INTO evidence_items (organisation_id, kind, title, description, effective_on, valid_until, url, note,"
        " created_at, created_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        {item.organisation_id.value(), std::string(domain::to_string(item.kind)), item.title, item.description,
            format_date(item.effective_on), optional_date(item.valid_until), item.url, item.note, time, item.created_by,
            time}));
    item.id = EvidenceItemId(rows.front().int64(0));
    item.created_at = now;
    item.updated_at = now;
    item.version = 1;
    return item;
}

Result<domain::EvidenceVersion> EvidenceRepository::add_version(Transaction& transaction, OrganisationId organisation,
    domain::EvidenceVersion version, std::optional<std::int64_t> expected_version)
{
    auto const numbers = TRY(transaction.query(
        "SELECT COALESCE(MAX(number), 0) FROM evidence_versions WHERE organisation_id = $1 AND item_id = $2",
        {organisation.value(), version.item_id.value()}));
    version.number = numbers.front().int64(0) + 1;
    auto const time = format_timestamp(version.uploaded_at);
    auto const rows = TRY(transaction.query(
        "INSERT INTO evidence_versions (organisation_id, item_id, number, sha256, size, media_type, file_name,"
        " effective_on, valid_until, uploaded_at, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
        " RETURNING id",
        {organisation.value(), version.item_id.value(), version.number, version.sha256, version.size,
            std::string(domain::media_type_name(version.media_type)), version.file_name,
            format_date(version.effective_on), optional_date(version.valid_until), time, version.uploaded_by}));
    version.id = EvidenceVersionId(rows.front().int64(0));
    std::string sql = "UPDATE evidence_items SET current_version_id = $1, effective_on = $2, valid_until = $3,"
                      " updated_at = $4, version = version + 1 WHERE organisation_id = $5 AND id = $6 AND kind = $7";
    std::vector<Value> parameters{version.id.value(), format_date(version.effective_on),
        optional_date(version.valid_until), time, organisation.value(), version.item_id.value(),
        std::string(domain::to_string(domain::EvidenceKind::File))};
    if (expected_version) {
        sql += " AND version = $8";
        parameters.emplace_back(*expected_version);
    }
    auto const updated = TRY(transaction.query(sql, parameters));
    if (updated.affected_rows() != 1)
        return Error::conflict("evidence item " + version.item_id.to_string()
            + " was changed by someone else, or is not a file; reload and try again");
    return version;
}

Result<domain::EvidenceLink> EvidenceRepository::add_link(Transaction& transaction, OrganisationId organisation,
    domain::EvidenceLink link, std::string const& created_by, Timestamp now)
{
    auto const existing = TRY(transaction.query(
        "SELECT 1 FROM evidence_links WHERE organisation_id = $1 AND item_id = $2 AND target_kind = $3"
        " AND target = $4 AND aspect = $5",
        {organisation.value(), link.item_id.value(), std::string(domain::to_string(link.target.kind)),
            link.target.reference, aspect_text(link.aspect)}));
    if (!existing.empty())
        return Error::conflict("evidence item " + link.item_id.to_string() + " already supports "
            + link.target.to_string() + (link.aspect ? " (" + aspect_text(link.aspect) + ")" : ""));
    auto const rows = TRY(transaction.query(
        "INSERT INTO evidence_links (organisation_id, item_id, target_kind, target, aspect, created_at, created_by)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        {organisation.value(), link.item_id.value(), std::string(domain::to_string(link.target.kind)),
            link.target.reference, aspect_text(link.aspect), format_timestamp(now), created_by}));
    link.id = EvidenceLinkId(rows.front().int64(0));
    return link;
}

Result<void> EvidenceRepository::remove_link(
    Transaction& transaction, OrganisationId organisation, domain::EvidenceLink const& link)
{
    auto const rows = TRY(
        transaction.query("DELETE FROM evidence_links WHERE organisation_id = $1 AND item_id = $2 AND target_kind = $3"
                          " AND target = $4 AND aspect = $5",
            {organisation.value(), link.item_id.value(), std::string(domain::to_string(link.target.kind)),
                link.target.reference, aspect_text(link.aspect)}));
    if (rows.affected_rows() == 0)
        return Error::not_found(
            "evidence item " + link.item_id.to_string() + " is not linked to " + link.target.to_string());
    return ok();
}

Result<domain::EvidenceItem> EvidenceRepository::find(
    Connection& connection, OrganisationId organisation, EvidenceItemId id)
{
    FilterSql filter{.from = "evidence_items i",
        .where = "i.organisation_id = $1 AND i.id = $2",
        .parameters = {organisation.value(), id.value()}};
    auto items = TRY(items_where(connection, filter));
    if (items.empty())
        return Error::not_found("evidence item " + id.to_string() + " does not exist");
    return std::move(items.front());
}

Result<std::vector<domain::EvidenceVersion>> EvidenceRepository::versions(
    Connection& connection, OrganisationId organisation, EvidenceItemId id)
{
    auto const rows = TRY(connection.query("SELECT " + std::string(version_columns)
            + " WHERE v.organisation_id = $1 AND v.item_id = $2 ORDER BY v.number DESC",
        {organisation.value(), id.value()}));
    std::vector<domain::EvidenceVersion> versions;
    for (auto row : rows)
        versions.push_back(TRY(version_from_row(row, 0)));
    return versions;
}

Result<std::vector<domain::EvidenceItem>> EvidenceRepository::list(
    Connection& connection, OrganisationId organisation, EvidenceFilter const& filter)
{
    return items_where(connection, filter_sql(organisation, filter));
}

} // namespace bolwerk::store
