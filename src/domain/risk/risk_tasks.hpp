#pragma once

#include "domain/risk/acceptance.hpp"
#include "domain/risk/information_system.hpp"
#include "domain/risk/risk.hpp"
#include "domain/risk/risk_analysis.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::domain {

/// Work that the risk process requires now.
enum class RiskTaskKind : std::uint8_t {
    AnalyseNewSystem, ///< BIO2 5.08.01: a new system has no completed analysis.
    AnalyseReclassifiedSystem, ///< BIO2 5.12.01: classification changed after the last analysis.
    AcceptanceMissing, ///< Residual risk above appetite without a valid acceptance.
    AcceptanceExpired, ///< The acceptance ran out; decide again.
    ReviewOverdue, ///< The risk's review date has passed.
};

std::string_view to_string(RiskTaskKind kind);

struct RiskTask {
    RiskTaskKind kind;
    std::optional<InformationSystemId> system;
    std::optional<RiskId> risk;
    std::string subject; ///< The system's or risk's name, for lists.
};

/// Everything that has to be done, in a stable order: systems first, then risks.
/// Pure: all inputs are given, `today` comes from the caller's clock.
std::vector<RiskTask> risk_tasks(RiskMethodology const& methodology, std::vector<InformationSystem> const& systems,
    std::vector<RiskAnalysis> const& analyses, std::vector<Risk> const& risks,
    std::vector<RiskAcceptance> const& acceptances, std::chrono::sys_days today);

} // namespace bolwerk::domain
