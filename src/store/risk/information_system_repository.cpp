#include "store/risk/information_system_repository.hpp"

#include "store/connection.hpp"

#include <map>

namespace bolwerk::store {

namespace {

constexpr std::string_view columns
    = "id, organisation_id, name, owner, description, availability, integrity, confidentiality, internet_facing,"
      " operational_technology, cloud, critical_for_service_delivery, classified_at, created_at, updated_at, version";

domain::CiaLevel cia_level(std::int64_t value) { return static_cast<domain::CiaLevel>(value); }

Result<domain::InformationSystem> from_row(Row row)
{
    domain::InformationSystem system;
    system.id = InformationSystemId(row.int64(0));
    system.organisation_id = OrganisationId(row.int64(1));
    system.name = row.text(2);
    system.owner = row.text(3);
    system.description = row.text(4);
    system.classification = {cia_level(row.int64(5)), cia_level(row.int64(6)), cia_level(row.int64(7))};
    system.internet_facing = row.boolean(8);
    system.operational_technology = row.boolean(9);
    system.cloud = row.boolean(10);
    system.critical_for_service_delivery = row.boolean(11);
    system.classified_at = TRY(parse_timestamp(row.text(12)));
    system.created_at = TRY(parse_timestamp(row.text(13)));
    system.updated_at = TRY(parse_timestamp(row.text(14)));
    system.version = row.int64(15);
    return system;
}

Error explain_conflict(Error const& error)
{
    if (error.kind() != ErrorKind::Conflict)
        return error;
    return Error::conflict("a system with this name already exists").with_field("name");
}

// Replaces the dependencies of `system`; every target must be a system of the same
// organisation (a foreign id is reported as not existing).
Result<void> save_dependencies(Transaction& transaction, OrganisationId organisation, InformationSystemId system,
    std::vector<InformationSystemId> const& depends_on)
{
    TRY(transaction.query("DELETE FROM information_system_dependencies WHERE organisation_id = $1 AND system_id = $2",
        {organisation.value(), system.value()}));
    for (auto const target : depends_on) {
        if (target == system)
            return Error::invalid("a system cannot depend on itself", {.field = "depends_on"});
        auto const found
            = TRY(transaction.query("SELECT 1 FROM information_systems WHERE organisation_id = $1 AND id = $2",
                {organisation.value(), target.value()}));
        if (found.empty())
            return Error::invalid("system " + target.to_string() + " does not exist", {.field = "depends_on"});
        TRY(transaction.query("INSERT INTO information_system_dependencies (organisation_id, system_id, depends_on_id)"
                              " VALUES ($1, $2, $3)",
            {organisation.value(), system.value(), target.value()}));
    }
    return ok();
}

Result<std::map<InformationSystemId, std::vector<InformationSystemId>>> load_dependencies(
    Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query("SELECT system_id, depends_on_id FROM information_system_dependencies"
                                           " WHERE organisation_id = $1 ORDER BY system_id, depends_on_id",
        {organisation.value()}));
    std::map<InformationSystemId, std::vector<InformationSystemId>> dependencies;
    for (auto row : rows)
        dependencies[InformationSystemId(row.int64(0))].push_back(InformationSystemId(row.int64(1)));
    return dependencies;
}

std::vector<Value> draft_values(domain::InformationSystemDraft const& draft)
{
    return {draft.name, draft.owner, draft.description,
        std::int64_t{static_cast<int>(draft.classification.availability)},
        std::int64_t{static_cast<int>(draft.classification.integrity)},
        std::int64_t{static_cast<int>(draft.classification.confidentiality)}, bool_value(draft.internet_facing),
        bool_value(draft.operational_technology), bool_value(draft.cloud),
        bool_value(draft.critical_for_service_delivery)};
}

} // namespace

Result<domain::InformationSystem> InformationSystemRepository::insert(
    Transaction& transaction, OrganisationId organisation, domain::InformationSystemDraft const& draft, Timestamp now)
{
    auto values = draft_values(draft);
    auto const time = format_timestamp(now);
    values.insert(values.end(), {organisation.value(), time, time, time});
    auto const rows = transaction.query(
        "INSERT INTO information_systems (name, owner, description, availability, integrity, confidentiality,"
        " internet_facing, operational_technology, cloud, critical_for_service_delivery, organisation_id,"
        " classified_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)"
        " RETURNING id",
        values);
    if (!rows)
        return explain_conflict(rows.error());
    InformationSystemId const id(rows->front().int64(0));
    TRY(save_dependencies(transaction, organisation, id, draft.depends_on));
    return find(transaction.connection(), organisation, id);
}

Result<domain::InformationSystem> InformationSystemRepository::update(Transaction& transaction,
    OrganisationId organisation, InformationSystemId id, domain::InformationSystemDraft const& draft,
    std::int64_t expected_version, Timestamp now)
{
    auto const current = TRY(find(transaction.connection(), organisation, id));
    if (current.version != expected_version)
        return Error::conflict("system " + id.to_string() + " was changed by someone else (version "
            + std::to_string(current.version) + ", expected " + std::to_string(expected_version)
            + "); reload and try again");
    auto const time = format_timestamp(now);
    auto const classified_at
        = current.classification == draft.classification ? format_timestamp(current.classified_at) : time;
    auto values = draft_values(draft);
    values.insert(values.end(), {classified_at, time, organisation.value(), id.value(), expected_version});
    auto const rows = transaction.query(
        "UPDATE information_systems SET name = $1, owner = $2, description = $3, availability = $4, integrity = $5,"
        " confidentiality = $6, internet_facing = $7, operational_technology = $8, cloud = $9,"
        " critical_for_service_delivery = $10, classified_at = $11, updated_at = $12, version = version + 1"
        " WHERE organisation_id = $13 AND id = $14 AND version = $15",
        values);
    if (!rows)
        return explain_conflict(rows.error());
    if (rows->affected_rows() != 1)
        return Error::conflict("system " + id.to_string() + " was changed by someone else; reload and try again");
    TRY(save_dependencies(transaction, organisation, id, draft.depends_on));
    return find(transaction.connection(), organisation, id);
}

Result<domain::InformationSystem> InformationSystemRepository::find(
    Connection& connection, OrganisationId organisation, InformationSystemId id)
{
    auto const rows = TRY(connection.query(
        "SELECT " + std::string(columns) + " FROM information_systems WHERE organisation_id = $1 AND id = $2",
        {organisation.value(), id.value()}));
    if (rows.empty())
        return Error::not_found("system " + id.to_string() + " does not exist");
    auto system = TRY(from_row(rows.front()));
    auto dependencies = TRY(connection.query("SELECT depends_on_id FROM information_system_dependencies"
                                             " WHERE organisation_id = $1 AND system_id = $2 ORDER BY depends_on_id",
        {organisation.value(), id.value()}));
    for (auto row : dependencies)
        system.depends_on.push_back(InformationSystemId(row.int64(0)));
    return system;
}

Result<std::vector<domain::InformationSystem>> InformationSystemRepository::list(
    Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query(
        "SELECT " + std::string(columns) + " FROM information_systems WHERE organisation_id = $1 ORDER BY name, id",
        {organisation.value()}));
    auto dependencies = TRY(load_dependencies(connection, organisation));
    std::vector<domain::InformationSystem> systems;
    systems.reserve(rows.size());
    for (auto row : rows) {
        auto system = TRY(from_row(row));
        system.depends_on = std::move(dependencies[system.id]);
        systems.push_back(std::move(system));
    }
    return systems;
}

} // namespace bolwerk::store
