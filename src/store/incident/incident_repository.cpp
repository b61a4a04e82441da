#include "store/incident/incident_repository.hpp"

#include "common/text.hpp"
#include "store/connection.hpp"

#include <map>

namespace bolwerk::store {

namespace {

using namespace domain::incident;

constexpr std::string_view columns
    = "id, organisation_id, title, description, reported_by, reporter_contact, noticed_at, reported_at, aware_at,"
      " personal_data_aware_at, status, incident_type, severity, personal_data, suspected_malicious, services,"
      " member_states, process_owner, crisis_procedure_reference, handled_at, closed_at, version";

Value optional_time(std::optional<Timestamp> time) { return time ? Value{format_timestamp(*time)} : null_value(); }

Result<std::optional<Timestamp>> read_optional_time(Row row, std::size_t column)
{
    if (row.is_null(column))
        return std::optional<Timestamp>();
    return std::optional<Timestamp>(TRY(parse_timestamp(row.text(column))));
}

// Services and member states are short lists of names; one per line keeps commas in a
// service's name intact.
std::string lines(std::vector<std::string> const& items)
{
    std::string text;
    for (auto const& item : items)
        text += (text.empty() ? "" : "\n") + item;
    return text;
}

std::vector<std::string> from_lines(std::string const& text)
{
    std::vector<std::string> items;
    for (auto const part : split(text, '\n')) {
        if (!part.empty())
            items.emplace_back(part);
    }
    return items;
}

Result<Incident> incident_from_row(Row row)
{
    Incident incident;
    incident.id = IncidentId(row.int64(0));
    incident.organisation_id = OrganisationId(row.int64(1));
    incident.title = row.text(2);
    incident.description = row.text(3);
    incident.reported_by = row.text(4);
    incident.reporter_contact = row.text(5);
    incident.noticed_at = TRY(parse_timestamp(row.text(6)));
    incident.reported_at = TRY(parse_timestamp(row.text(7)));
    incident.aware_at = TRY(parse_timestamp(row.text(8)));
    incident.personal_data_aware_at = TRY(read_optional_time(row, 9));
    incident.status = TRY(parse_incident_status(row.text(10)));
    incident.classification.type = TRY(parse_incident_type(row.text(11)));
    incident.classification.severity = TRY(parse_severity(row.text(12)));
    incident.classification.personal_data = row.boolean(13);
    incident.classification.suspected_malicious = row.boolean(14);
    incident.classification.services = from_lines(row.text(15));
    incident.classification.member_states = from_lines(row.text(16));
    incident.process_owner = row.text(17);
    incident.crisis_procedure_reference = row.text(18);
    incident.handled_at = TRY(read_optional_time(row, 19));
    incident.closed_at = TRY(read_optional_time(row, 20));
    incident.version = row.int64(21);
    return incident;
}

// The values of every column but id and version, in the order of `columns`.
std::vector<Value> values_of(Incident const& incident)
{
    auto const& classification = incident.classification;
    return {incident.organisation_id.value(), incident.title, incident.description, incident.reported_by,
        incident.reporter_contact, format_timestamp(incident.noticed_at), format_timestamp(incident.reported_at),
        format_timestamp(incident.aware_at), optional_time(incident.personal_data_aware_at),
        std::string(to_string(incident.status)), std::string(to_string(classification.type)),
        std::string(to_string(classification.severity)), bool_value(classification.personal_data),
        bool_value(classification.suspected_malicious), lines(classification.services),
        lines(classification.member_states), incident.process_owner, incident.crisis_procedure_reference,
        optional_time(incident.handled_at), optional_time(incident.closed_at)};
}

// Replaces the incident's systems. Each must be a system of the same organisation.
Result<void> save_systems(Transaction& transaction, Incident const& incident)
{
    TRY(transaction.query("DELETE FROM incident_systems WHERE organisation_id = $1 AND incident_id = $2",
        {incident.organisation_id.value(), incident.id.value()}));
    for (auto const system : incident.classification.systems) {
        auto const found
            = TRY(transaction.query("SELECT 1 FROM information_systems WHERE organisation_id = $1 AND id = $2",
                {incident.organisation_id.value(), system.value()}));
        if (found.empty())
            return Error::invalid(
                "system " + system.to_string() + " does not exist in this organisation", {.field = "systems"});
        TRY(transaction.query(
            "INSERT INTO incident_systems (organisation_id, incident_id, system_id) VALUES ($1, $2, $3)"
            " ON CONFLICT (incident_id, system_id) DO NOTHING",
            {incident.organisation_id.value(), incident.id.value(), system.value()}));
    }
    return ok();
}

Result<std::map<IncidentId, std::vector<InformationSystemId>>> systems_of(
    Connection& connection, OrganisationId organisation, std::optional<IncidentId> only)
{
    std::vector<Value> parameters{organisation.value()};
    std::string sql = "SELECT incident_id, system_id FROM incident_systems WHERE organisation_id = $1";
    if (only) {
        sql += " AND incident_id = $2";
        parameters.emplace_back(only->value());
    }
    auto const rows = TRY(connection.query(sql + " ORDER BY incident_id, system_id", parameters));
    std::map<IncidentId, std::vector<InformationSystemId>> systems;
    for (auto row : rows)
        systems[IncidentId(row.int64(0))].push_back(InformationSystemId(row.int64(1)));
    return systems;
}

} // namespace

Result<Incident> IncidentRepository::insert(Transaction& transaction, Incident incident)
{
    auto const rows = TRY(transaction.query("INSERT INTO incidents (" + std::string(columns.substr(4))
            + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, 1)"
              " RETURNING id",
        values_of(incident)));
    incident.id = IncidentId(rows.front().int64(0));
    incident.version = 1;
    TRY(save_systems(transaction, incident));
    return incident;
}

Result<Incident> IncidentRepository::update(Transaction& transaction, Incident incident)
{
    auto values = values_of(incident);
    values.erase(values.begin()); // the organisation goes in the WHERE clause
    values.insert(values.end(), {incident.organisation_id.value(), incident.id.value(), incident.version});
    auto const rows = TRY(transaction.query(
        "UPDATE incidents SET title = $1, description = $2, reported_by = $3, reporter_contact = $4, noticed_at = $5,"
        " reported_at = $6, aware_at = $7, personal_data_aware_at = $8, status = $9, incident_type = $10,"
        " severity = $11, personal_data = $12, suspected_malicious = $13, services = $14, member_states = $15,"
        " process_owner = $16, crisis_procedure_reference = $17, handled_at = $18, closed_at = $19,"
        " version = version + 1 WHERE organisation_id = $20 AND id = $21 AND version = $22",
        values));
    if (rows.affected_rows() != 1) {
        TRY(find(transaction.connection(), incident.organisation_id, incident.id));
        return Error::conflict("incident " + incident.id.to_string()
            + " was changed by someone else in the meantime; reload and try again");
    }
    ++incident.version;
    TRY(save_systems(transaction, incident));
    return incident;
}

Result<Incident> IncidentRepository::find(Connection& connection, OrganisationId organisation, IncidentId id)
{
    auto const rows = TRY(
        connection.query("SELECT " + std::string(columns) + " FROM incidents WHERE organisation_id = $1 AND id = $2",
            {organisation.value(), id.value()}));
    if (rows.empty())
        return Error::not_found("incident " + id.to_string() + " does not exist");
    auto incident = TRY(incident_from_row(rows.front()));
    auto systems = TRY(systems_of(connection, organisation, id));
    incident.classification.systems = std::move(systems[id]);
    return incident;
}

Result<std::vector<Incident>> IncidentRepository::list(
    Connection& connection, OrganisationId organisation, IncidentFilter const& filter)
{
    std::vector<Value> parameters{organisation.value()};
    std::string sql = "SELECT " + std::string(columns) + " FROM incidents WHERE organisation_id = $1";
    if (filter.status) {
        sql += " AND status = $2";
        parameters.emplace_back(std::string(to_string(*filter.status)));
    }
    auto const rows = TRY(connection.query(sql + " ORDER BY reported_at DESC, id DESC", parameters));
    auto systems = TRY(systems_of(connection, organisation, std::nullopt));
    std::vector<Incident> incidents;
    incidents.reserve(rows.size());
    for (auto row : rows) {
        auto incident = TRY(incident_from_row(row));
        incident.classification.systems = std::move(systems[incident.id]);
        incidents.push_back(std::move(incident));
    }
    return incidents;
}

} // namespace bolwerk::store
