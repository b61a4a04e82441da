#include "store/catalog_repository.hpp"

#include "common/text.hpp"
#include "store/connection.hpp"

namespace bolwerk::store {

namespace {

using domain::catalog::CatalogItem;
using domain::catalog::CatalogVersion;
using domain::catalog::VersionReference;

constexpr std::string_view summary_select
    = "SELECT v.id, v.framework, v.version, v.title, v.source, v.source_sha256, v.layout, v.imported_by,"
      " v.imported_at,"
      " (SELECT COUNT(*) FROM catalog_items i WHERE i.catalog_version_id = v.id),"
      " (SELECT COUNT(*) FROM catalog_items i WHERE i.catalog_version_id = v.id"
      "  AND i.kind IN ('substantive', 'reference')),"
      " (SELECT COUNT(*) FROM catalog_import_defects d WHERE d.catalog_version_id = v.id)"
      " FROM catalog_versions v";

std::string tags_text(std::vector<domain::catalog::MeasureTag> const& tags)
{
    std::string text;
    for (auto const tag : tags)
        text += (text.empty() ? "" : ",") + std::string(to_string(tag));
    return text;
}

Result<std::vector<domain::catalog::MeasureTag>> parse_tags(std::string const& text)
{
    std::vector<domain::catalog::MeasureTag> tags;
    if (text.empty())
        return tags;
    for (auto const name : split(text, ','))
        tags.push_back(TRY(domain::catalog::parse_measure_tag(name)));
    return tags;
}

std::string control_text(CatalogItem const& item)
{
    auto const control = item.number.control();
    return control ? control->to_string() : "";
}

Result<void> insert_item(Transaction& transaction, CatalogVersionId id, CatalogItem const& item)
{
    auto const target = item.target ? Value{item.target->to_string()} : null_value();
    TRY(transaction.query("INSERT INTO catalog_items (catalog_version_id, number, control, kind, target, text, tags)"
                          " VALUES ($1, $2, $3, $4, $5, $6, $7)",
        {id.value(), item.number.to_string(), control_text(item), std::string(to_string(item.kind)), target, item.text,
            tags_text(item.tags)}));
    return ok();
}

Result<void> insert_defect(
    Transaction& transaction, CatalogVersionId id, std::int64_t position, CatalogDefectRow const& defect)
{
    TRY(transaction.query("INSERT INTO catalog_import_defects"
                          " (catalog_version_id, position, kind, severity, line, field, message)"
                          " VALUES ($1, $2, $3, $4, $5, $6, $7)",
        {id.value(), position, defect.kind, defect.severity, defect.line, defect.field, defect.message}));
    return ok();
}

Result<CatalogVersionSummary> summary_from_row(Row row)
{
    CatalogVersionSummary summary;
    summary.id = CatalogVersionId(row.int64(0));
    summary.reference = VersionReference{row.text(1), row.text(2)};
    summary.title = row.text(3);
    summary.provenance = {row.text(4), row.text(5), row.text(6), row.text(7), TRY(parse_timestamp(row.text(8)))};
    summary.item_count = row.int64(9);
    summary.measure_count = row.int64(10);
    summary.defect_count = row.int64(11);
    return summary;
}

Result<CatalogItem> item_from_row(Row row)
{
    CatalogItem item{TRY(domain::catalog::MeasureNumber::parse(row.text(0))),
        TRY(domain::catalog::parse_item_kind(row.text(1))), {}, row.text(3), TRY(parse_tags(row.text(4)))};
    if (auto const target = row.optional_text(2))
        item.target = TRY(domain::catalog::MeasureNumber::parse(*target));
    return item;
}

} // namespace

Result<CatalogVersionId> CatalogRepository::insert(Transaction& transaction, CatalogVersion const& version,
    CatalogProvenance const& provenance, std::vector<CatalogDefectRow> const& defects)
{
    auto const& reference = version.reference();
    auto rows = transaction.query("INSERT INTO catalog_versions (framework, version, title, source, source_sha256,"
                                  " layout, imported_at, imported_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
                                  " RETURNING id",
        {reference.framework, reference.version, version.title(), provenance.source, provenance.source_sha256,
            provenance.layout, format_timestamp(provenance.imported_at), provenance.imported_by});
    if (!rows && rows.error().kind() == ErrorKind::Conflict)
        return Error::conflict(reference.to_string() + " has already been imported");
    CatalogVersionId const id(TRY(std::move(rows)).front().int64(0));
    for (auto const& item : version.items())
        TRY(insert_item(transaction, id, item));
    std::int64_t position = 0;
    for (auto const& defect : defects)
        TRY(insert_defect(transaction, id, ++position, defect));
    return id;
}

Result<std::vector<CatalogVersionSummary>> CatalogRepository::list(Connection& connection)
{
    auto const rows = TRY(connection.query(std::string(summary_select) + " ORDER BY v.framework, v.version"));
    std::vector<CatalogVersionSummary> summaries;
    for (auto row : rows)
        summaries.push_back(TRY(summary_from_row(row)));
    return summaries;
}

Result<std::optional<CatalogVersionSummary>> CatalogRepository::find(
    Connection& connection, VersionReference const& reference)
{
    auto const rows = TRY(connection.query(std::string(summary_select) + " WHERE v.framework = $1 AND v.version = $2",
        {reference.framework, reference.version}));
    if (rows.empty())
        return std::optional<CatalogVersionSummary>();
    return std::optional(TRY(summary_from_row(rows.front())));
}

Result<CatalogVersion> CatalogRepository::load(Connection& connection, VersionReference const& reference)
{
    auto const summary = TRY(find(connection, reference));
    if (!summary)
        return Error::not_found("catalog " + reference.to_string() + " has not been imported");
    auto const rows = TRY(connection.query("SELECT number, kind, target, text, tags FROM catalog_items"
                                           " WHERE catalog_version_id = $1 ORDER BY number",
        {summary->id.value()}));
    std::vector<CatalogItem> items;
    items.reserve(rows.size());
    for (auto row : rows)
        items.push_back(TRY(item_from_row(row)));
    return CatalogVersion::create(reference, summary->title, std::move(items));
}

Result<std::vector<CatalogDefectRow>> CatalogRepository::defects(Connection& connection, CatalogVersionId id)
{
    auto const rows = TRY(connection.query("SELECT kind, severity, line, field, message FROM catalog_import_defects"
                                           " WHERE catalog_version_id = $1 ORDER BY position",
        {id.value()}));
    std::vector<CatalogDefectRow> defects;
    for (auto row : rows)
        defects.push_back({row.text(0), row.text(1), row.int64(2), row.text(3), row.text(4)});
    return defects;
}

} // namespace bolwerk::store
