#include "store/supplier/chain_repository.hpp"

#include "store/connection.hpp"
#include "store/supplier/supplier_columns.hpp"

namespace bolwerk::store {

namespace {

Value optional_date(std::optional<Date> const& date) { return date ? Value{format_date(*date)} : null_value(); }

Result<std::optional<Date>> read_optional_date(Row row, std::size_t column)
{
    auto const text = row.optional_text(column);
    if (!text)
        return std::optional<Date>();
    return std::optional(TRY(parse_date(*text)));
}

Result<domain::ChainNode> node_from_row(Row row)
{
    domain::ChainNode node;
    node.id = ChainNodeId(row.int64(0));
    node.service_id = DeliveredServiceId(row.int64(1));
    if (auto const parent = row.optional_int64(2))
        node.parent = ChainNodeId(*parent);
    node.name = row.text(3);
    if (auto const kvk = row.optional_text(4))
        node.kvk_number = TRY(domain::KvkNumber::parse(*kvk));
    if (auto const country = row.optional_text(5))
        node.country = TRY(domain::CountryCode::parse(*country));
    node.provides = row.text(6);
    node.cloud_service_provider = row.boolean(7);
    node.requirements = TRY(supplier_columns::read_requirements(row.text(8)));
    return node;
}

Result<void> require_service(Transaction& transaction, OrganisationId organisation, DeliveredServiceId service)
{
    auto const found = TRY(transaction.query("SELECT 1 FROM supplier_services WHERE organisation_id = $1 AND id = $2",
        {organisation.value(), service.value()}));
    if (found.empty())
        return Error::not_found("service " + service.to_string() + " does not exist");
    return ok();
}

} // namespace

Result<domain::ChainNode> ChainRepository::insert_node(
    Transaction& transaction, OrganisationId organisation, domain::ChainNode const& node, Timestamp now)
{
    TRY(require_service(transaction, organisation, node.service_id));
    if (node.parent) {
        auto const parent = TRY(transaction.query(
            "SELECT 1 FROM supplier_chain_nodes WHERE organisation_id = $1 AND service_id = $2 AND id = $3",
            {organisation.value(), node.service_id.value(), node.parent->value()}));
        if (parent.empty())
            return Error::invalid(
                "sub-supplier " + node.parent->to_string() + " is not in this service's chain", {.field = "parent"});
    }
    auto const rows = TRY(transaction.query(
        "INSERT INTO supplier_chain_nodes (organisation_id, service_id, parent_id, name, kvk_number, country,"
        " provides, cloud_service_provider, requirements, created_at)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        {organisation.value(), node.service_id.value(), node.parent ? Value{node.parent->value()} : null_value(),
            node.name, node.kvk_number ? Value{node.kvk_number->value()} : null_value(),
            node.country ? Value{node.country->value()} : null_value(), node.provides,
            bool_value(node.cloud_service_provider), supplier_columns::write_requirements(node.requirements),
            format_timestamp(now)}));
    auto stored = node;
    stored.id = ChainNodeId(rows.front().int64(0));
    return stored;
}

Result<std::vector<domain::ChainNode>> ChainRepository::list_nodes(Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query(
        "SELECT id, service_id, parent_id, name, kvk_number, country, provides, cloud_service_provider, requirements"
        " FROM supplier_chain_nodes WHERE organisation_id = $1 ORDER BY service_id, id",
        {organisation.value()}));
    std::vector<domain::ChainNode> nodes;
    nodes.reserve(rows.size());
    for (auto row : rows)
        nodes.push_back(TRY(node_from_row(row)));
    return nodes;
}

Result<void> ChainRepository::save_disclosure(
    Transaction& transaction, OrganisationId organisation, domain::ChainDisclosure const& disclosure)
{
    TRY(require_service(transaction, organisation, disclosure.service_id));
    TRY(transaction.query("DELETE FROM supplier_chain_disclosures WHERE organisation_id = $1 AND service_id = $2",
        {organisation.value(), disclosure.service_id.value()}));
    TRY(transaction.query("INSERT INTO supplier_chain_disclosures (organisation_id, service_id, disclosed_on, risks,"
                          " judgement, judged_by, judged_on) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        {organisation.value(), disclosure.service_id.value(), optional_date(disclosure.disclosed_on), disclosure.risks,
            std::string(domain::to_string(disclosure.judgement)), disclosure.judged_by,
            optional_date(disclosure.judged_on)}));
    return ok();
}

Result<std::vector<domain::ChainDisclosure>> ChainRepository::list_disclosures(
    Connection& connection, OrganisationId organisation)
{
    auto const rows
        = TRY(connection.query("SELECT service_id, disclosed_on, risks, judgement, judged_by, judged_on"
                               " FROM supplier_chain_disclosures WHERE organisation_id = $1 ORDER BY service_id",
            {organisation.value()}));
    std::vector<domain::ChainDisclosure> disclosures;
    for (auto row : rows) {
        domain::ChainDisclosure disclosure;
        disclosure.service_id = DeliveredServiceId(row.int64(0));
        disclosure.disclosed_on = TRY(read_optional_date(row, 1));
        disclosure.risks = row.text(2);
        disclosure.judgement = TRY(domain::parse_chain_judgement(row.text(3)));
        disclosure.judged_by = row.text(4);
        disclosure.judged_on = TRY(read_optional_date(row, 5));
        disclosures.push_back(std::move(disclosure));
    }
    return disclosures;
}

} // namespace bolwerk::store
