#include "store/supplier/assurance_report_repository.hpp"

#include "store/connection.hpp"
#include "store/supplier/supplier_columns.hpp"

namespace bolwerk::store {

namespace {

Result<void> require_row(Transaction& transaction, std::string const& sql, std::vector<Value> const& parameters,
    std::string const& message, std::string const& field)
{
    auto const found = TRY(transaction.query(sql, parameters));
    if (found.empty())
        return Error::invalid(message, {.field = field});
    return ok();
}

Result<void> check_references(
    Transaction& transaction, OrganisationId organisation, domain::AssuranceReport const& report)
{
    auto const found = TRY(transaction.query("SELECT 1 FROM suppliers WHERE organisation_id = $1 AND id = $2",
        {organisation.value(), report.supplier_id.value()}));
    if (found.empty())
        return Error::not_found("supplier " + report.supplier_id.to_string() + " does not exist");
    for (auto const service : report.services)
        TRY(require_row(transaction,
            "SELECT 1 FROM supplier_services WHERE organisation_id = $1 AND supplier_id = $2 AND id = $3",
            {organisation.value(), report.supplier_id.value(), service.value()},
            "service " + service.to_string() + " is not a service of this supplier", "services"));
    if (report.evidence)
        TRY(require_row(transaction, "SELECT 1 FROM evidence_items WHERE organisation_id = $1 AND id = $2",
            {organisation.value(), report.evidence->value()},
            "evidence item " + report.evidence->to_string() + " does not exist", "evidence"));
    return ok();
}

Value optional_date(std::optional<Date> const& date) { return date ? Value{format_date(*date)} : null_value(); }

Result<domain::AssuranceReport> from_row(Row row)
{
    domain::AssuranceReport report;
    report.id = AssuranceReportId(row.int64(0));
    report.supplier_id = SupplierId(row.int64(1));
    for (auto const id : TRY(supplier_columns::read_ids(row.text(2), "services")))
        report.services.push_back(DeliveredServiceId(id));
    report.kind = TRY(domain::parse_assurance_kind(row.text(3)));
    report.issuer = row.text(4);
    report.auditor = row.text(5);
    report.period_start = TRY(parse_date(row.text(6)));
    report.period_end = TRY(parse_date(row.text(7)));
    report.scope_covers_services = row.boolean(8);
    report.scope_note = row.text(9);
    if (auto const opinion = row.optional_text(10))
        report.opinion = TRY(domain::parse_audit_opinion(*opinion));
    report.exceptions = TRY(supplier_columns::read_strings(row.text(11), "exceptions"));
    auto const issued = row.optional_text(12);
    auto const until = row.optional_text(13);
    if (issued && until)
        report.bridge_letter = domain::BridgeLetter{TRY(parse_date(*issued)), TRY(parse_date(*until))};
    report.valid_until = TRY(parse_date(row.text(14)));
    report.aspects = TRY(supplier_columns::read_aspects(row.text(15)));
    if (auto const evidence = row.optional_int64(16))
        report.evidence = EvidenceItemId(*evidence);
    return report;
}

} // namespace

Result<domain::AssuranceReport> AssuranceReportRepository::insert(
    Transaction& transaction, OrganisationId organisation, domain::AssuranceReport const& report, Timestamp now)
{
    TRY(check_references(transaction, organisation, report));
    std::vector<std::int64_t> services;
    for (auto const service : report.services)
        services.push_back(service.value());
    auto const& bridge = report.bridge_letter;
    auto const rows = TRY(transaction.query(
        "INSERT INTO supplier_assurance_reports (organisation_id, supplier_id, services, kind, issuer, auditor,"
        " period_start, period_end, scope_covers_services, scope_note, opinion, exceptions, bridge_issued_on,"
        " bridge_covers_until, valid_until, aspects, evidence_id, created_at)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id",
        {organisation.value(), report.supplier_id.value(), supplier_columns::write_ids(services),
            std::string(domain::to_string(report.kind)), report.issuer, report.auditor,
            format_date(report.period_start), format_date(report.period_end), bool_value(report.scope_covers_services),
            report.scope_note, report.opinion ? Value{std::string(domain::to_string(*report.opinion))} : null_value(),
            supplier_columns::write_strings(report.exceptions),
            optional_date(bridge ? std::optional(bridge->issued_on) : std::nullopt),
            optional_date(bridge ? std::optional(bridge->covers_until) : std::nullopt), format_date(report.valid_until),
            supplier_columns::write_aspects(report.aspects),
            report.evidence ? Value{report.evidence->value()} : null_value(), format_timestamp(now)}));
    auto stored = report;
    stored.id = AssuranceReportId(rows.front().int64(0));
    return stored;
}

Result<std::vector<domain::AssuranceReport>> AssuranceReportRepository::list(
    Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query(
        "SELECT id, supplier_id, services, kind, issuer, auditor, period_start, period_end, scope_covers_services,"
        " scope_note, opinion, exceptions, bridge_issued_on, bridge_covers_until, valid_until, aspects, evidence_id"
        " FROM supplier_assurance_reports WHERE organisation_id = $1 ORDER BY supplier_id, valid_until, id",
        {organisation.value()}));
    std::vector<domain::AssuranceReport> reports;
    reports.reserve(rows.size());
    for (auto row : rows)
        reports.push_back(TRY(from_row(row)));
    return reports;
}

} // namespace bolwerk::store
