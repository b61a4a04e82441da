#include "domain/risk/risk_tasks.hpp"

#include <map>

namespace bolwerk::domain {

namespace {

// The latest day on which a completed analysis covered each system.
std::map<InformationSystemId, std::chrono::sys_days> last_completed_analysis(std::vector<RiskAnalysis> const& analyses)
{
    std::map<InformationSystemId, std::chrono::sys_days> latest;
    for (auto const& analysis : analyses) {
        if (!analysis.system || analysis.status != RiskAnalysisStatus::Completed)
            continue;
        auto [entry, inserted] = latest.emplace(*analysis.system, analysis.held_on);
        if (!inserted && entry->second < analysis.held_on)
            entry->second = analysis.held_on;
    }
    return latest;
}

// The acceptance that runs longest for each risk at its accepted level.
std::map<RiskId, RiskAcceptance const*> latest_acceptances(std::vector<RiskAcceptance> const& acceptances)
{
    std::map<RiskId, RiskAcceptance const*> latest;
    for (auto const& acceptance : acceptances) {
        auto& slot = latest[acceptance.risk_id];
        if (slot == nullptr || slot->valid_until < acceptance.valid_until)
            slot = &acceptance;
    }
    return latest;
}

void add_system_tasks(std::vector<InformationSystem> const& systems, std::vector<RiskAnalysis> const& analyses,
    std::vector<RiskTask>& tasks)
{
    auto const analysed = last_completed_analysis(analyses);
    for (auto const& system : systems) {
        auto const found = analysed.find(system.id);
        if (found == analysed.end()) {
            tasks.push_back({RiskTaskKind::AnalyseNewSystem, system.id, std::nullopt, system.name});
            continue;
        }
        if (std::chrono::floor<std::chrono::days>(system.classified_at) > found->second)
            tasks.push_back({RiskTaskKind::AnalyseReclassifiedSystem, system.id, std::nullopt, system.name});
    }
}

void add_risk_tasks(RiskMethodology const& methodology, std::vector<Risk> const& risks,
    std::vector<RiskAcceptance> const& acceptances, std::chrono::sys_days today, std::vector<RiskTask>& tasks)
{
    auto const accepted = latest_acceptances(acceptances);
    for (auto const& risk : risks) {
        auto const level = risk.current().level;
        if (methodology.needs_acceptance(level)) {
            auto const found = accepted.find(risk.id);
            // An acceptance of a milder level than the risk now has does not cover it.
            bool const covers = found != accepted.end() && found->second->level >= level;
            if (!covers)
                tasks.push_back({RiskTaskKind::AcceptanceMissing, std::nullopt, risk.id, risk.title});
            else if (acceptance_expired(*found->second, today))
                tasks.push_back({RiskTaskKind::AcceptanceExpired, std::nullopt, risk.id, risk.title});
        }
        if (review_overdue(risk, today))
            tasks.push_back({RiskTaskKind::ReviewOverdue, std::nullopt, risk.id, risk.title});
    }
}

} // namespace

std::string_view to_string(RiskTaskKind kind)
{
    switch (kind) {
    case RiskTaskKind::AnalyseNewSystem: return "analyse_new_system";
    case RiskTaskKind::AnalyseReclassifiedSystem: return "analyse_reclassified_system";
    case RiskTaskKind::AcceptanceMissing: return "acceptance_missing";
    case RiskTaskKind::AcceptanceExpired: return "acceptance_expired";
    case RiskTaskKind::ReviewOverdue: return "review_overdue";
    }
    return "review_overdue";
}

std::vector<RiskTask> risk_tasks(RiskMethodology const& methodology, std::vector<InformationSystem> const& systems,
    std::vector<RiskAnalysis> const& analyses, std::vector<Risk> const& risks,
    std::vector<RiskAcceptance> const& acceptances, std::chrono::sys_days today)
{
    std::vector<RiskTask> tasks;
    add_system_tasks(systems, analyses, tasks);
    add_risk_tasks(methodology, risks, acceptances, today, tasks);
    return tasks;
}

} // namespace bolwerk::domain
