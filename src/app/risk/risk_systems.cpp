#include "app/risk/risk_json.hpp"
#include "app/risk/risk_service.hpp"
#include "app/use_case.hpp"
#include "store/risk/information_system_repository.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bolwerk::app {

namespace {

// The register as it would be after storing `draft` as system `id` (a new system gets
// an id no stored system has), checked by domain::check_dependencies: no system may
// depend on itself, directly or through others, nor on a system that does not exist.
Result<void> check_dependencies_with(store::Connection& connection, OrganisationId organisation, InformationSystemId id,
    domain::InformationSystemDraft const& draft)
{
    auto systems = TRY(store::InformationSystemRepository::list(connection, organisation));
    auto const stored = std::find_if(
        systems.begin(), systems.end(), [&](domain::InformationSystem const& system) { return system.id == id; });
    auto& candidate = stored == systems.end() ? systems.emplace_back() : *stored;
    candidate.id = id;
    candidate.name = draft.name;
    candidate.depends_on = draft.depends_on;
    return domain::check_dependencies(systems);
}

} // namespace

Result<domain::InformationSystem> RiskService::create_system(
    Actor const& actor, OrganisationId organisation, domain::InformationSystemDraft const& raw)
{
    return run_use_case(m_database, m_clock, actor, Permission::RiskWrite, organisation,
        [&](UseCase& use_case) -> Result<domain::InformationSystem> {
            auto const draft = TRY(domain::InformationSystemDraft::create(raw));
            TRY(require_organisation(use_case.connection(), organisation));
            // A new system has no id yet; 0 names no stored system.
            TRY(check_dependencies_with(use_case.connection(), organisation, InformationSystemId(0), draft));
            auto system = TRY(store::InformationSystemRepository::insert(
                use_case.transaction(), organisation, draft, use_case.now()));
            auto const after = system_to_json(system);
            TRY(use_case.audit(audit_change(organisation, "information_system.create", "information_system",
                system.id.to_string(), nullptr, &after)));
            return system;
        });
}

Result<domain::InformationSystem> RiskService::update_system(Actor const& actor, OrganisationId organisation,
    InformationSystemId id, domain::InformationSystemDraft const& raw, std::int64_t expected_version)
{
    return run_use_case(m_database, m_clock, actor, Permission::RiskWrite, organisation,
        [&](UseCase& use_case) -> Result<domain::InformationSystem> {
            auto const draft = TRY(domain::InformationSystemDraft::create(raw));
            auto const before = system_to_json(
                TRY(store::InformationSystemRepository::find(use_case.connection(), organisation, id)));
            TRY(check_dependencies_with(use_case.connection(), organisation, id, draft));
            auto system = TRY(store::InformationSystemRepository::update(
                use_case.transaction(), organisation, id, draft, expected_version, use_case.now()));
            auto const after = system_to_json(system);
            TRY(use_case.audit(audit_change(
                organisation, "information_system.update", "information_system", id.to_string(), &before, &after)));
            return system;
        });
}

Result<std::vector<SystemView>> RiskService::list_systems(Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    auto systems = TRY(store::InformationSystemRepository::list(*connection, organisation));
    auto const effective = domain::effective_classifications(systems);
    std::vector<SystemView> views;
    views.reserve(systems.size());
    for (auto& system : systems) {
        auto const classification = effective.at(system.id);
        views.push_back({std::move(system), classification});
    }
    return views;
}

Result<SystemView> RiskService::show_system(Actor const& actor, OrganisationId organisation, InformationSystemId id)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    // The inherited classification depends on every system that depends on this one.
    auto systems = TRY(store::InformationSystemRepository::list(*connection, organisation));
    auto const effective = domain::effective_classifications(systems);
    for (auto& system : systems) {
        if (system.id == id) {
            auto const classification = effective.at(id);
            return SystemView{std::move(system), classification};
        }
    }
    return Error::not_found("information system " + id.to_string() + " does not exist");
}

} // namespace bolwerk::app
