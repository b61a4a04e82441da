#include "app/risk/methodology_in_force.hpp"
#include "app/risk/risk_json.hpp"
#include "app/risk/risk_service.hpp"
#include "app/use_case.hpp"
#include "store/risk/information_system_repository.hpp"
#include "store/risk/risk_acceptance_repository.hpp"
#include "store/risk/risk_analysis_repository.hpp"
#include "store/risk/risk_repository.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::app {

Result<domain::RiskAnalysis> RiskService::record_analysis(Actor const& actor, domain::RiskAnalysis analysis)
{
    auto const organisation = analysis.organisation_id;
    return run_use_case(m_database, m_clock, actor, Permission::RiskWrite, organisation,
        [&](UseCase& use_case) -> Result<domain::RiskAnalysis> {
            TRY(domain::check_risk_analysis(analysis));
            TRY(require_organisation(use_case.connection(), organisation));
            auto stored = TRY(
                store::RiskAnalysisRepository::insert(use_case.transaction(), std::move(analysis), use_case.now()));
            auto const after = analysis_to_json(stored);
            TRY(use_case.audit(audit_change(
                organisation, "risk_analysis.create", "risk_analysis", stored.id.to_string(), nullptr, &after)));
            return stored;
        });
}

Result<domain::RiskAnalysis> RiskService::update_analysis(
    Actor const& actor, domain::RiskAnalysis analysis, std::int64_t expected_version)
{
    auto const organisation = analysis.organisation_id;
    return run_use_case(m_database, m_clock, actor, Permission::RiskWrite, organisation,
        [&](UseCase& use_case) -> Result<domain::RiskAnalysis> {
            TRY(domain::check_risk_analysis(analysis));
            auto const before = analysis_to_json(
                TRY(store::RiskAnalysisRepository::find(use_case.connection(), organisation, analysis.id)));
            auto stored = TRY(store::RiskAnalysisRepository::update(
                use_case.transaction(), std::move(analysis), expected_version, use_case.now()));
            auto const after = analysis_to_json(stored);
            TRY(use_case.audit(audit_change(
                organisation, "risk_analysis.update", "risk_analysis", stored.id.to_string(), &before, &after)));
            return stored;
        });
}

Result<std::vector<domain::RiskAnalysis>> RiskService::list_analyses(Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    return store::RiskAnalysisRepository::list(*connection, organisation);
}

Result<std::vector<domain::RiskTask>> RiskService::tasks(Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    auto const methodology = TRY(load_methodology(*connection, organisation));
    auto const systems = TRY(store::InformationSystemRepository::list(*connection, organisation));
    auto const analyses = TRY(store::RiskAnalysisRepository::list(*connection, organisation));
    auto const risks = TRY(store::RiskRepository::list(*connection, organisation));
    auto const acceptances = TRY(store::RiskAcceptanceRepository::list(*connection, organisation));
    auto const today = std::chrono::floor<std::chrono::days>(m_clock.now());
    return domain::risk_tasks(methodology.methodology, systems, analyses, risks, acceptances, today);
}

} // namespace bolwerk::app
