#include "store/incident/sent_report_repository.hpp"

#include "store/connection.hpp"

namespace bolwerk::store {

namespace {

using namespace domain::incident;

Result<SentReport> report_from_row(Row row)
{
    SentReport report;
    report.incident = IncidentId(row.int64(1));
    report.kind = TRY(parse_report_kind(row.text(2)));
    report.recipient.kind = TRY(parse_recipient_kind(row.text(3)));
    report.recipient.name = row.text(4);
    report.recipient.address = row.text(5);
    report.channel = row.text(6);
    report.sent_at = TRY(parse_timestamp(row.text(7)));
    report.sent_by = row.text(8);
    report.late_reason = row.text(9);
    report.digest = row.text(10);
    return report;
}

} // namespace

Result<void> SentReportRepository::insert(
    Transaction& transaction, OrganisationId organisation, SentReport const& report)
{
    auto const rows = TRY(transaction.query(
        "INSERT INTO incident_sent_reports (organisation_id, incident_id, kind, recipient_kind, recipient_name,"
        " recipient_address, channel, sent_at, sent_by, late_reason, digest)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        {organisation.value(), report.incident.value(), std::string(to_string(report.kind)),
            std::string(to_string(report.recipient.kind)), report.recipient.name, report.recipient.address,
            report.channel, format_timestamp(report.sent_at), report.sent_by, report.late_reason, report.digest}));
    auto const id = rows.front().int64(0);
    std::int64_t position = 0;
    for (auto const& field : report.fields) {
        TRY(transaction.query("INSERT INTO incident_sent_report_fields (report_id, position, field_key, field_value,"
                              " required) VALUES ($1, $2, $3, $4, $5)",
            {id, position++, field.key, field.value, bool_value(field.required)}));
    }
    return ok();
}

Result<std::vector<SentReport>> SentReportRepository::list(
    Connection& connection, OrganisationId organisation, IncidentId incident)
{
    auto const rows = TRY(connection.query(
        "SELECT id, incident_id, kind, recipient_kind, recipient_name, recipient_address, channel, sent_at, sent_by,"
        " late_reason, digest FROM incident_sent_reports WHERE organisation_id = $1 AND incident_id = $2 ORDER BY id",
        {organisation.value(), incident.value()}));
    auto const fields = TRY(connection.query(
        "SELECT f.report_id, f.field_key, f.field_value, f.required FROM incident_sent_report_fields f"
        " JOIN incident_sent_reports r ON r.id = f.report_id WHERE r.organisation_id = $1 AND r.incident_id = $2"
        " ORDER BY f.report_id, f.position",
        {organisation.value(), incident.value()}));
    std::vector<SentReport> reports;
    for (auto row : rows) {
        auto report = TRY(report_from_row(row));
        for (auto field : fields) {
            if (field.int64(0) == row.int64(0))
                report.fields.push_back({field.text(1), field.text(2), field.boolean(3)});
        }
        reports.push_back(std::move(report));
    }
    return reports;
}

Result<std::map<IncidentId, std::vector<SentReportTime>>> SentReportRepository::list_times(
    Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query(
        "SELECT incident_id, kind, sent_at FROM incident_sent_reports WHERE organisation_id = $1 ORDER BY id",
        {organisation.value()}));
    std::map<IncidentId, std::vector<SentReportTime>> times;
    for (auto row : rows)
        times[IncidentId(row.int64(0))].push_back(
            {TRY(parse_report_kind(row.text(1))), TRY(parse_timestamp(row.text(2)))});
    return times;
}

} // namespace bolwerk::store
