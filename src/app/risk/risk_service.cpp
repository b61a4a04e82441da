#include "app/risk/risk_service.hpp"

#include "app/risk/methodology_in_force.hpp"
#include "app/risk/risk_json.hpp"
#include "app/use_case.hpp"
#include "store/audit_repository.hpp"
#include "store/risk/information_system_repository.hpp"
#include "store/risk/risk_acceptance_repository.hpp"
#include "store/risk/risk_repository.hpp"

#include <nlohmann/json.hpp>

// The risk register itself. The other use cases of RiskService live beside it:
// risk_methodology_service.cpp, risk_systems.cpp, risk_analyses.cpp,
// risk_acceptances.cpp and risk_import.cpp.

namespace bolwerk::app {

namespace {

constexpr std::int64_t max_page_size = 500;

Result<void> check_page(std::int64_t offset, std::int64_t limit)
{
    if (offset < 0 || limit < 1 || limit > max_page_size)
        return Error::invalid("a page holds 1 to " + std::to_string(max_page_size) + " risks", {.field = "limit"});
    return ok();
}

} // namespace

Result<store::PooledConnection> RiskService::open_for_reading(Actor const& actor, OrganisationId organisation)
{
    TRY(authorise(actor, Permission::RiskRead, organisation));
    auto connection = TRY(m_database.acquire());
    TRY(require_organisation(*connection, organisation));
    return connection;
}

Result<domain::Risk> RiskService::register_risk(
    Actor const& actor, OrganisationId organisation, domain::RiskDraft const& draft)
{
    return run_use_case(m_database, m_clock, actor, Permission::RiskWrite, organisation,
        [&](UseCase& use_case) -> Result<domain::Risk> {
            TRY(require_organisation(use_case.connection(), organisation));
            auto const methodology = TRY(load_methodology(use_case.connection(), organisation));
            auto scored = TRY(domain::score_risk(methodology.methodology, draft));
            auto risk = TRY(store::RiskRepository::insert(
                use_case.transaction(), organisation, std::move(scored), methodology.version, use_case.now()));
            auto const after = risk_to_json(risk);
            TRY(use_case.audit(
                audit_change(organisation, "risk.create", "risk", risk.id.to_string(), nullptr, &after)));
            return risk;
        });
}

Result<domain::Risk> RiskService::update_risk(Actor const& actor, OrganisationId organisation, RiskId id,
    domain::RiskDraft const& draft, std::int64_t expected_version)
{
    return run_use_case(m_database, m_clock, actor, Permission::RiskWrite, organisation,
        [&](UseCase& use_case) -> Result<domain::Risk> {
            auto const before = risk_to_json(TRY(store::RiskRepository::find(use_case.connection(), organisation, id)));
            auto const methodology = TRY(load_methodology(use_case.connection(), organisation));
            auto scored = TRY(domain::score_risk(methodology.methodology, draft));
            auto risk = TRY(store::RiskRepository::update(use_case.transaction(), organisation, id, std::move(scored),
                expected_version, methodology.version, use_case.now()));
            auto const after = risk_to_json(risk);
            TRY(use_case.audit(audit_change(organisation, "risk.update", "risk", id.to_string(), &before, &after)));
            return risk;
        });
}

Result<domain::Risk> RiskService::show_risk(Actor const& actor, OrganisationId organisation, RiskId id)
{
    TRY(authorise(actor, Permission::RiskRead, organisation));
    auto connection = TRY(m_database.acquire());
    return store::RiskRepository::find(*connection, organisation, id);
}

Result<RiskRegister> RiskService::register_of(Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    RiskRegister result{TRY(load_methodology(*connection, organisation)), {}, {}};
    result.risks = TRY(store::RiskRepository::list(*connection, organisation));
    result.acceptances = TRY(store::RiskAcceptanceRepository::list(*connection, organisation));
    return result;
}

Result<RiskService::RegisterPage> RiskService::register_page(
    Actor const& actor, OrganisationId organisation, std::int64_t offset, std::int64_t limit)
{
    TRY(authorise(actor, Permission::RiskRead, organisation));
    TRY(check_page(offset, limit));
    auto connection = TRY(m_database.acquire());
    TRY(require_organisation(*connection, organisation));
    RegisterPage page;
    page.risks = TRY(store::RiskRepository::page(*connection, organisation, offset, limit));
    page.total = TRY(store::RiskRepository::count(*connection, organisation));
    return page;
}

Result<RiskService::RegisterPage> RiskService::search_risks(Actor const& actor, OrganisationId organisation,
    domain::RiskFilter const& filter, std::int64_t offset, std::int64_t limit)
{
    TRY(authorise(actor, Permission::RiskRead, organisation));
    TRY(check_page(offset, limit));
    auto connection = TRY(m_database.acquire());
    TRY(require_organisation(*connection, organisation));
    auto found = TRY(store::RiskRepository::search(*connection, organisation, filter, offset, limit));
    return RegisterPage{std::move(found.risks), found.total};
}

Result<RiskService::ScoreSheet> RiskService::scores(Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    ScoreSheet sheet{TRY(load_methodology(*connection, organisation)), {}};
    sheet.scores = TRY(store::RiskRepository::scores(*connection, organisation));
    return sheet;
}

Result<std::vector<domain::RiskControlLink>> RiskService::control_links(Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    return store::RiskRepository::control_links(*connection, organisation);
}

Result<RiskService::RiskDetail> RiskService::risk_detail(Actor const& actor, OrganisationId organisation, RiskId id)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    RiskDetail detail{TRY(store::RiskRepository::find(*connection, organisation, id)),
        TRY(load_methodology(*connection, organisation)), {}, {}, {}};
    for (auto& acceptance : TRY(store::RiskAcceptanceRepository::list(*connection, organisation))) {
        if (acceptance.risk_id == id)
            detail.acceptances.push_back(std::move(acceptance));
    }
    for (auto const system : detail.risk.systems)
        detail.systems.push_back(TRY(store::InformationSystemRepository::find(*connection, organisation, system)));
    detail.history = TRY(store::AuditRepository::for_object(*connection, organisation.value(), "risk", id.to_string()));
    return detail;
}

} // namespace bolwerk::app
