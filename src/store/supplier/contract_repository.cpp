#include "store/supplier/contract_repository.hpp"

#include "store/connection.hpp"
#include "store/supplier/supplier_columns.hpp"

#include <map>

namespace bolwerk::store {

namespace {

namespace columns_of = supplier_columns;

constexpr std::string_view columns
    = "id, organisation_id, supplier_id, reference, title, starts_on, ends_on, notice_days, status, clauses,"
      " general_terms, duties, termination_triggers, exit_strategy, dependency_analysis_id, dependency_decision,"
      " dependency_decided_on, dependency_decided_by, created_at, updated_at, version";

Result<std::optional<domain::DependencyAssessment>> assessment_from(Row row)
{
    auto const analysis = row.optional_int64(14);
    if (!analysis)
        return std::optional<domain::DependencyAssessment>();
    domain::DependencyAssessment assessment;
    assessment.analysis = RiskAnalysisId(*analysis);
    assessment.decision = TRY(domain::parse_dependency_decision(row.optional_text(15).value_or("niet_beheersbaar")));
    assessment.decided_on = TRY(parse_date(row.optional_text(16).value_or("")));
    assessment.decided_by = row.optional_text(17).value_or("");
    return std::optional(assessment);
}

Result<domain::Contract> from_row(Row row)
{
    domain::Contract contract;
    contract.id = ContractId(row.int64(0));
    contract.organisation_id = OrganisationId(row.int64(1));
    contract.supplier_id = SupplierId(row.int64(2));
    auto& terms = contract.terms;
    terms.reference = row.text(3);
    terms.title = row.text(4);
    terms.starts_on = TRY(parse_date(row.text(5)));
    if (auto const ends = row.optional_text(6))
        terms.ends_on = TRY(parse_date(*ends));
    terms.notice_days = static_cast<int>(row.int64(7));
    contract.status = TRY(domain::parse_contract_status(row.text(8)));
    terms.clauses = TRY(columns_of::read_clauses(row.text(9)));
    terms.general_terms = TRY(columns_of::read_general_terms(row.text(10)));
    terms.duties = TRY(columns_of::read_duties(row.text(11)));
    terms.termination_triggers = TRY(columns_of::read_strings(row.text(12), "termination_triggers"));
    if (auto const exit = row.optional_text(13))
        terms.exit_strategy = TRY(columns_of::read_exit_strategy(*exit));
    terms.dependency_assessment = TRY(assessment_from(row));
    contract.created_at = TRY(parse_timestamp(row.text(18)));
    contract.updated_at = TRY(parse_timestamp(row.text(19)));
    contract.version = row.int64(20);
    return contract;
}

Error explain_conflict(Error const& error)
{
    if (error.kind() != ErrorKind::Conflict)
        return error;
    return Error::conflict("a contract with this reference already exists").with_field("reference");
}

Result<void> check_analysis(Transaction& transaction, OrganisationId organisation, domain::ContractTerms const& terms)
{
    if (!terms.dependency_assessment)
        return ok();
    auto const found = TRY(transaction.query("SELECT 1 FROM risk_analyses WHERE organisation_id = $1 AND id = $2",
        {organisation.value(), terms.dependency_assessment->analysis.value()}));
    if (found.empty())
        return Error::invalid("risk analysis " + terms.dependency_assessment->analysis.to_string() + " does not exist",
            {.field = "dependency_assessment.analysis"});
    return ok();
}

// Replaces the covered services; each must be a service of `supplier`.
Result<void> save_services(Transaction& transaction, OrganisationId organisation, SupplierId supplier,
    ContractId contract, std::vector<DeliveredServiceId> const& services)
{
    TRY(transaction.query("DELETE FROM supplier_contract_services WHERE organisation_id = $1 AND contract_id = $2",
        {organisation.value(), contract.value()}));
    for (auto const service : services) {
        auto const found = TRY(transaction.query(
            "SELECT 1 FROM supplier_services WHERE organisation_id = $1 AND supplier_id = $2 AND id = $3",
            {organisation.value(), supplier.value(), service.value()}));
        if (found.empty())
            return Error::invalid(
                "service " + service.to_string() + " is not a service of this supplier", {.field = "services"});
        TRY(transaction.query(
            "INSERT INTO supplier_contract_services (organisation_id, contract_id, service_id) VALUES ($1, $2, $3)",
            {organisation.value(), contract.value(), service.value()}));
    }
    return ok();
}

std::vector<Value> terms_values(domain::ContractTerms const& terms)
{
    auto const& assessment = terms.dependency_assessment;
    return {terms.reference, terms.title, format_date(terms.starts_on),
        terms.ends_on ? Value{format_date(*terms.ends_on)} : null_value(), std::int64_t{terms.notice_days},
        columns_of::write_clauses(terms.clauses), columns_of::write_general_terms(terms.general_terms),
        columns_of::write_duties(terms.duties), columns_of::write_strings(terms.termination_triggers),
        terms.exit_strategy ? Value{columns_of::write_exit_strategy(*terms.exit_strategy)} : null_value(),
        assessment ? Value{assessment->analysis.value()} : null_value(),
        assessment ? Value{std::string(domain::to_string(assessment->decision))} : null_value(),
        assessment ? Value{format_date(assessment->decided_on)} : null_value(),
        assessment ? Value{assessment->decided_by} : null_value()};
}

Result<std::map<ContractId, std::vector<DeliveredServiceId>>> load_services(
    Connection& connection, OrganisationId organisation, std::optional<ContractId> only)
{
    std::string sql = "SELECT contract_id, service_id FROM supplier_contract_services WHERE organisation_id = $1";
    std::vector<Value> parameters{organisation.value()};
    if (only) {
        sql += " AND contract_id = $2";
        parameters.push_back(only->value());
    }
    auto const rows = TRY(connection.query(sql + " ORDER BY contract_id, service_id", parameters));
    std::map<ContractId, std::vector<DeliveredServiceId>> services;
    for (auto row : rows)
        services[ContractId(row.int64(0))].push_back(DeliveredServiceId(row.int64(1)));
    return services;
}

} // namespace

Result<domain::Contract> ContractRepository::insert(Transaction& transaction, OrganisationId organisation,
    SupplierId supplier, domain::ContractTerms const& terms, Timestamp now)
{
    auto const owner = TRY(transaction.query(
        "SELECT 1 FROM suppliers WHERE organisation_id = $1 AND id = $2", {organisation.value(), supplier.value()}));
    if (owner.empty())
        return Error::not_found("supplier " + supplier.to_string() + " does not exist");
    TRY(check_analysis(transaction, organisation, terms));
    auto values = terms_values(terms);
    auto const time = format_timestamp(now);
    values.insert(values.end(), {organisation.value(), supplier.value(), time, time});
    auto const rows = transaction.query(
        "INSERT INTO supplier_contracts (reference, title, starts_on, ends_on, notice_days, clauses, general_terms,"
        " duties, termination_triggers, exit_strategy, dependency_analysis_id, dependency_decision,"
        " dependency_decided_on, dependency_decided_by, organisation_id, supplier_id, created_at, updated_at, status)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, 'concept')"
        " RETURNING id",
        values);
    if (!rows)
        return explain_conflict(rows.error());
    ContractId const id(rows->front().int64(0));
    TRY(save_services(transaction, organisation, supplier, id, terms.services));
    return find(transaction.connection(), organisation, id);
}

Result<domain::Contract> ContractRepository::update_terms(Transaction& transaction, OrganisationId organisation,
    ContractId id, domain::ContractTerms const& terms, std::int64_t expected_version, Timestamp now)
{
    auto const current = TRY(find(transaction.connection(), organisation, id));
    TRY(check_analysis(transaction, organisation, terms));
    auto values = terms_values(terms);
    values.insert(values.end(), {format_timestamp(now), organisation.value(), id.value(), expected_version});
    auto const rows = transaction.query(
        "UPDATE supplier_contracts SET reference = $1, title = $2, starts_on = $3, ends_on = $4, notice_days = $5,"
        " clauses = $6, general_terms = $7, duties = $8, termination_triggers = $9, exit_strategy = $10,"
        " dependency_analysis_id = $11, dependency_decision = $12, dependency_decided_on = $13,"
        " dependency_decided_by = $14, updated_at = $15, version = version + 1"
        " WHERE organisation_id = $16 AND id = $17 AND version = $18",
        values);
    if (!rows)
        return explain_conflict(rows.error());
    if (rows->affected_rows() != 1)
        return Error::conflict("contract " + id.to_string() + " was changed by someone else; reload and try again");
    TRY(save_services(transaction, organisation, current.supplier_id, id, terms.services));
    return find(transaction.connection(), organisation, id);
}

Result<domain::Contract> ContractRepository::set_status(Transaction& transaction, OrganisationId organisation,
    ContractId id, domain::ContractStatus status, std::optional<domain::GateDeviation> const& deviation,
    std::int64_t expected_version, Timestamp now)
{
    auto const rows = TRY(transaction.query(
        "UPDATE supplier_contracts SET status = $1, gate_deviation = COALESCE($2, gate_deviation), updated_at = $3,"
        " version = version + 1 WHERE organisation_id = $4 AND id = $5 AND version = $6",
        {std::string(domain::to_string(status)),
            deviation ? Value{supplier_columns::write_deviation(*deviation)} : null_value(), format_timestamp(now),
            organisation.value(), id.value(), expected_version}));
    if (rows.affected_rows() != 1) {
        TRY(find(transaction.connection(), organisation, id));
        return Error::conflict("contract " + id.to_string() + " was changed by someone else; reload and try again");
    }
    return find(transaction.connection(), organisation, id);
}

Result<domain::Contract> ContractRepository::find(Connection& connection, OrganisationId organisation, ContractId id)
{
    auto const rows = TRY(connection.query(
        "SELECT " + std::string(columns) + " FROM supplier_contracts WHERE organisation_id = $1 AND id = $2",
        {organisation.value(), id.value()}));
    if (rows.empty())
        return Error::not_found("contract " + id.to_string() + " does not exist");
    auto contract = TRY(from_row(rows.front()));
    auto services = TRY(load_services(connection, organisation, id));
    contract.terms.services = std::move(services[id]);
    return contract;
}

Result<std::optional<domain::GateDeviation>> ContractRepository::deviation(
    Connection& connection, OrganisationId organisation, ContractId id)
{
    auto const rows
        = TRY(connection.query("SELECT gate_deviation FROM supplier_contracts WHERE organisation_id = $1 AND id = $2",
            {organisation.value(), id.value()}));
    if (rows.empty())
        return Error::not_found("contract " + id.to_string() + " does not exist");
    auto const text = rows.front().optional_text(0);
    if (!text)
        return std::optional<domain::GateDeviation>();
    return std::optional(TRY(supplier_columns::read_deviation(*text)));
}

Result<std::vector<domain::Contract>> ContractRepository::list(Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query("SELECT " + std::string(columns)
            + " FROM supplier_contracts WHERE organisation_id = $1 ORDER BY supplier_id, starts_on, id",
        {organisation.value()}));
    auto services = TRY(load_services(connection, organisation, std::nullopt));
    std::vector<domain::Contract> contracts;
    contracts.reserve(rows.size());
    for (auto row : rows) {
        auto contract = TRY(from_row(row));
        contract.terms.services = std::move(services[contract.id]);
        contracts.push_back(std::move(contract));
    }
    return contracts;
}

} // namespace bolwerk::store
