#include "store/supplier/delivered_service_repository.hpp"

#include "common/text.hpp"
#include "store/connection.hpp"

#include <map>

namespace bolwerk::store {

namespace {

constexpr std::string_view columns = "id, supplier_id, name, description, personal_data, data_locations, dependency,"
                                     " cloud_service_provider, created_at, updated_at, version";

// Data locations are stored as ISO codes separated by commas ("DE,NL").
std::string join_locations(std::vector<domain::CountryCode> const& locations)
{
    std::string joined;
    for (auto const& location : locations) {
        if (!joined.empty())
            joined += ',';
        joined += location.value();
    }
    return joined;
}

Result<domain::DeliveredService> from_row(Row row)
{
    domain::DeliveredService service;
    service.id = DeliveredServiceId(row.int64(0));
    service.supplier_id = SupplierId(row.int64(1));
    service.name = row.text(2);
    service.description = row.text(3);
    service.personal_data = row.boolean(4);
    if (!row.text(5).empty()) {
        for (auto const part : split(row.text(5), ','))
            service.data_locations.push_back(TRY(domain::CountryCode::parse(part, "data_locations")));
    }
    service.dependency = TRY(domain::parse_dependency(row.text(6)));
    service.cloud_service_provider = row.boolean(7);
    service.created_at = TRY(parse_timestamp(row.text(8)));
    service.updated_at = TRY(parse_timestamp(row.text(9)));
    service.version = row.int64(10);
    return service;
}

Error explain_conflict(Error const& error)
{
    if (error.kind() != ErrorKind::Conflict)
        return error;
    return Error::conflict("this supplier already has a service with this name").with_field("name");
}

Result<void> save_systems(Transaction& transaction, OrganisationId organisation, DeliveredServiceId service,
    std::vector<InformationSystemId> const& systems)
{
    TRY(transaction.query("DELETE FROM supplier_service_systems WHERE organisation_id = $1 AND service_id = $2",
        {organisation.value(), service.value()}));
    for (auto const system : systems) {
        auto const found
            = TRY(transaction.query("SELECT 1 FROM information_systems WHERE organisation_id = $1 AND id = $2",
                {organisation.value(), system.value()}));
        if (found.empty())
            return Error::invalid("system " + system.to_string() + " does not exist", {.field = "systems"});
        TRY(transaction.query(
            "INSERT INTO supplier_service_systems (organisation_id, service_id, system_id) VALUES ($1, $2, $3)",
            {organisation.value(), service.value(), system.value()}));
    }
    return ok();
}

std::vector<Value> draft_values(domain::DeliveredServiceDraft const& draft)
{
    return {draft.name, draft.description, bool_value(draft.personal_data), join_locations(draft.data_locations),
        std::string(domain::to_string(draft.dependency)), bool_value(draft.cloud_service_provider)};
}

} // namespace

Result<domain::DeliveredService> DeliveredServiceRepository::insert(Transaction& transaction,
    OrganisationId organisation, SupplierId supplier, domain::DeliveredServiceDraft const& draft, Timestamp now)
{
    auto const owner = TRY(transaction.query(
        "SELECT 1 FROM suppliers WHERE organisation_id = $1 AND id = $2", {organisation.value(), supplier.value()}));
    if (owner.empty())
        return Error::not_found("supplier " + supplier.to_string() + " does not exist");
    auto values = draft_values(draft);
    auto const time = format_timestamp(now);
    values.insert(values.end(), {organisation.value(), supplier.value(), time, time});
    auto const rows = transaction.query(
        "INSERT INTO supplier_services (name, description, personal_data, data_locations, dependency,"
        " cloud_service_provider, organisation_id, supplier_id, created_at, updated_at)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        values);
    if (!rows)
        return explain_conflict(rows.error());
    DeliveredServiceId const id(rows->front().int64(0));
    TRY(save_systems(transaction, organisation, id, draft.systems));
    return find(transaction.connection(), organisation, id);
}

Result<domain::DeliveredService> DeliveredServiceRepository::update(Transaction& transaction,
    OrganisationId organisation, DeliveredServiceId id, domain::DeliveredServiceDraft const& draft,
    std::int64_t expected_version, Timestamp now)
{
    auto values = draft_values(draft);
    values.insert(values.end(), {format_timestamp(now), organisation.value(), id.value(), expected_version});
    auto const rows = transaction.query(
        "UPDATE supplier_services SET name = $1, description = $2, personal_data = $3, data_locations = $4,"
        " dependency = $5, cloud_service_provider = $6, updated_at = $7, version = version + 1"
        " WHERE organisation_id = $8 AND id = $9 AND version = $10",
        values);
    if (!rows)
        return explain_conflict(rows.error());
    if (rows->affected_rows() != 1) {
        TRY(find(transaction.connection(), organisation, id));
        return Error::conflict("service " + id.to_string() + " was changed by someone else; reload and try again");
    }
    TRY(save_systems(transaction, organisation, id, draft.systems));
    return find(transaction.connection(), organisation, id);
}

Result<domain::DeliveredService> DeliveredServiceRepository::find(
    Connection& connection, OrganisationId organisation, DeliveredServiceId id)
{
    auto const rows = TRY(connection.query(
        "SELECT " + std::string(columns) + " FROM supplier_services WHERE organisation_id = $1 AND id = $2",
        {organisation.value(), id.value()}));
    if (rows.empty())
        return Error::not_found("service " + id.to_string() + " does not exist");
    auto service = TRY(from_row(rows.front()));
    auto const systems = TRY(connection.query("SELECT system_id FROM supplier_service_systems"
                                              " WHERE organisation_id = $1 AND service_id = $2 ORDER BY system_id",
        {organisation.value(), id.value()}));
    for (auto row : systems)
        service.systems.push_back(InformationSystemId(row.int64(0)));
    return service;
}

Result<std::vector<domain::DeliveredService>> DeliveredServiceRepository::list(
    Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query("SELECT " + std::string(columns)
            + " FROM supplier_services WHERE organisation_id = $1 ORDER BY supplier_id, name, id",
        {organisation.value()}));
    auto const links = TRY(connection.query("SELECT service_id, system_id FROM supplier_service_systems"
                                            " WHERE organisation_id = $1 ORDER BY service_id, system_id",
        {organisation.value()}));
    std::map<DeliveredServiceId, std::vector<InformationSystemId>> systems;
    for (auto row : links)
        systems[DeliveredServiceId(row.int64(0))].push_back(InformationSystemId(row.int64(1)));
    std::vector<domain::DeliveredService> services;
    services.reserve(rows.size());
    for (auto row : rows) {
        auto service = TRY(from_row(row));
        service.systems = std::move(systems[service.id]);
        services.push_back(std::move(service));
    }
    return services;
}

} // namespace bolwerk::store
