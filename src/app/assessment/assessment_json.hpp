#pragma once

#include "common/result.hpp"
#include "domain/assessment/assessment.hpp"
#include "domain/assessment/assessment_diff.hpp"

#include <nlohmann/json_fwd.hpp>

#include <string>

// The JSON form of the gap analysis: stored in snapshots, written to the audit trail,
// and exchanged through the CLI and the API (/api/v1/organisations/{id}/assessment).
//
// control:  {"control": "5.1", "applicable": true, "reasons": ["bio2_mandatory"],
//            "justification": "", "reference": {"kind": "document", "value": "RA-3"} | null,
//            "version": 1}
// measure:  {"measure": "5.01.01", "status": "implemented", "owner": "", "target_date":
//            "2026-12-31" | null, "maturity": 3 | null, "not_applicable_reason": "",
//            "reference": … | null, "opzet": {"result": "compliant", "date": "2026-03-01" | null,
//            "assessor": "", "note": ""}, "bestaan": {…}, "werking": {…},
//            "needs_review": false, "review_reason": "", "version": 1}
// whole:    {"catalog": "bio2@1.3", "maturity_scale": ["Niet aanwezig", …],
//            "controls": [control…], "measures": [measure…]}
namespace bolwerk::app {

nlohmann::json control_to_json(domain::assessment::ControlApplicability const& applicability);
nlohmann::json measure_to_json(domain::assessment::MeasureAnswer const& answer);
nlohmann::json maturity_scale_to_json(domain::assessment::MaturityScale const& scale);
nlohmann::json assessment_to_json(domain::assessment::Assessment const& assessment);
nlohmann::json assessment_diff_to_json(domain::assessment::AssessmentDiff const& diff);

/// Reads a control's applicability. Members left out take their defaults; "control"
/// may be left out when `control` is given (the number from the URL) and must match
/// it otherwise. Errors name the field.
Result<domain::assessment::ControlApplicability> control_from_json(
    nlohmann::json const& json, std::optional<domain::catalog::ControlNumber> control = {});
/// Reads an answer in the same way; "status" accepts the Dutch labels too.
Result<domain::assessment::MeasureAnswer> measure_from_json(
    nlohmann::json const& json, std::optional<domain::catalog::MeasureNumber> measure = {});
/// An array of labels, lowest level first; checked with check_maturity_scale.
Result<domain::assessment::MaturityScale> maturity_scale_from_json(nlohmann::json const& json);
Result<domain::assessment::Assessment> assessment_from_json(nlohmann::json const& json);
/// Parses JSON text; Invalid when it is not JSON.
Result<nlohmann::json> parse_json_text(std::string const& text);

} // namespace bolwerk::app
