#pragma once

#include "domain/risk/acceptance.hpp"
#include "domain/risk/information_system.hpp"
#include "domain/risk/risk.hpp"
#include "domain/risk/risk_analysis.hpp"
#include "domain/risk/risk_tasks.hpp"

#include <nlohmann/json_fwd.hpp>

namespace bolwerk::app {

/// JSON shapes of the risk objects: what the audit trail's digests cover and what the
/// CLI prints with --json. Field names follow the SQL columns.
nlohmann::json risk_to_json(domain::Risk const& risk);
nlohmann::json system_to_json(domain::InformationSystem const& system);
nlohmann::json cia_to_json(domain::Cia const& cia);
nlohmann::json analysis_to_json(domain::RiskAnalysis const& analysis);
nlohmann::json acceptance_to_json(domain::RiskAcceptance const& acceptance);
nlohmann::json task_to_json(domain::RiskTask const& task);

} // namespace bolwerk::app
