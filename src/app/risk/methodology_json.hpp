#pragma once

#include "common/result.hpp"
#include "domain/risk/methodology.hpp"

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace bolwerk::app {

/// The JSON form of a risk methodology, as stored per version and exchanged through the
/// CLI and API: {"likelihood": [{"value", "label_nl", "label_en"}…], "impact": […],
/// "areas": [{"code", "label_nl", "label_en"}…], "matrix": [["laag", …]…],
/// "aggregation": "highest", "appetite": ["binnen_risicobereidheid", …],
/// "max_acceptance_days": 365}.
nlohmann::json methodology_to_json(domain::RiskMethodologyDefinition const& definition);

/// Parses and validates the JSON form; errors name the field ("matrix[2][1]").
Result<domain::RiskMethodology> methodology_from_json(std::string const& text);

} // namespace bolwerk::app
