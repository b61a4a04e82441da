#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::domain {

/// BIO2 Deel 1 §13: a quickscan (is the baseline enough? classify process and system)
/// and a full risk analysis for additional measures.
enum class RiskAnalysisKind : std::uint8_t { Quickscan, Full };
enum class RiskAnalysisStatus : std::uint8_t { Planned, InProgress, Completed };

std::string_view to_string(RiskAnalysisKind kind); ///< "quickscan", "volledig"
std::string_view to_string(RiskAnalysisStatus status); ///< "gepland", "in_uitvoering", "afgerond"
Result<RiskAnalysisKind> parse_risk_analysis_kind(std::string_view text);
Result<RiskAnalysisStatus> parse_risk_analysis_status(std::string_view text);

/// A risk analysis of one information system or one process (Dutch: risicoanalyse).
/// Exactly one of `system` and `process` is set.
struct RiskAnalysis {
    RiskAnalysisId id{0};
    OrganisationId organisation_id{0};
    RiskAnalysisKind kind = RiskAnalysisKind::Quickscan;
    std::optional<InformationSystemId> system;
    std::string process;
    std::chrono::sys_days held_on;
    std::vector<std::string> participants;
    RiskAnalysisStatus status = RiskAnalysisStatus::Planned;
    std::string summary;
    Timestamp created_at;
    Timestamp updated_at;
    std::int64_t version = 1;
};

/// Checks the parts of an analysis that do not need the database: a subject (system
/// or process, not both), and participants for an analysis that is not just planned.
Result<void> check_risk_analysis(RiskAnalysis const& analysis);

} // namespace bolwerk::domain
