#pragma once

#include "common/result.hpp"
#include "domain/risk/acceptance.hpp"
#include "domain/risk/information_system.hpp"
#include "domain/risk/risk.hpp"
#include "domain/risk/risk_analysis.hpp"

#include <nlohmann/json_fwd.hpp>

namespace bolwerk::app {

/// Readers of the JSON the API accepts, the inverse of risk_json.hpp's shapes. Each
/// error names the member that is wrong ("inherent_impacts.financieel",
/// "planned_measures[0].due"). Members absent from `body` keep the value in `base`,
/// so a full object creates and a partial one changes only what it names.
Result<domain::RiskDraft> risk_draft_from_json(nlohmann::json const& body, domain::RiskDraft base = {});
Result<domain::InformationSystemDraft> system_draft_from_json(
    nlohmann::json const& body, domain::InformationSystemDraft base = {});
Result<domain::RiskAnalysis> analysis_from_json(nlohmann::json const& body, domain::RiskAnalysis base = {});
/// `accepted_on` defaults to `today`.
Result<domain::AcceptanceRequest> acceptance_request_from_json(nlohmann::json const& body, Date today);

} // namespace bolwerk::app
