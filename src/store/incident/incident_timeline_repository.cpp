#include "store/incident/incident_timeline_repository.hpp"

#include "store/connection.hpp"

namespace bolwerk::store {

namespace {

using namespace domain::incident;

constexpr std::string_view select_entries
    = "SELECT id, incident_id, kind, author, recorded_at, occurred_at, body, corrects_id"
      " FROM incident_timeline_entries WHERE organisation_id = $1";

Result<TimelineEntry> entry_from_row(Row row)
{
    TimelineEntry entry;
    entry.id = TimelineEntryId(row.int64(0));
    entry.incident = IncidentId(row.int64(1));
    entry.kind = TRY(parse_timeline_entry_kind(row.text(2)));
    entry.author = row.text(3);
    entry.recorded_at = TRY(parse_timestamp(row.text(4)));
    if (!row.is_null(5))
        entry.occurred_at = TRY(parse_timestamp(row.text(5)));
    entry.text = row.text(6);
    if (auto const corrects = row.optional_int64(7))
        entry.corrects = TimelineEntryId(*corrects);
    return entry;
}

} // namespace

Result<TimelineEntry> IncidentTimelineRepository::append(
    Transaction& transaction, OrganisationId organisation, TimelineEntry entry)
{
    auto const rows = TRY(transaction.query(
        "INSERT INTO incident_timeline_entries (organisation_id, incident_id, kind, author, recorded_at, occurred_at,"
        " body, corrects_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        {organisation.value(), entry.incident.value(), std::string(to_string(entry.kind)), entry.author,
            format_timestamp(entry.recorded_at),
            entry.occurred_at ? Value{format_timestamp(*entry.occurred_at)} : null_value(), entry.text,
            entry.corrects ? Value{entry.corrects->value()} : null_value()}));
    entry.id = TimelineEntryId(rows.front().int64(0));
    return entry;
}

Result<std::vector<TimelineEntry>> IncidentTimelineRepository::list(
    Connection& connection, OrganisationId organisation, IncidentId incident)
{
    auto const rows = TRY(connection.query(
        std::string(select_entries) + " AND incident_id = $2 ORDER BY id", {organisation.value(), incident.value()}));
    std::vector<TimelineEntry> entries;
    entries.reserve(rows.size());
    for (auto row : rows)
        entries.push_back(TRY(entry_from_row(row)));
    return entries;
}

Result<std::map<IncidentId, std::vector<TimelineEntry>>> IncidentTimelineRepository::list_all(
    Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query(std::string(select_entries) + " ORDER BY id", {organisation.value()}));
    std::map<IncidentId, std::vector<TimelineEntry>> entries;
    for (auto row : rows) {
        auto entry = TRY(entry_from_row(row));
        entries[entry.incident].push_back(std::move(entry));
    }
    return entries;
}

} // namespace bolwerk::store
