#include "domain/risk/risk_analysis.hpp"

#include "common/text.hpp"

namespace bolwerk::domain {

std::string_view to_string(RiskAnalysisKind kind)
{
    return kind == RiskAnalysisKind::Quickscan ? "quickscan" : "volledig";
}

std::string_view to_string(RiskAnalysisStatus status)
{
    switch (status) {
    case RiskAnalysisStatus::Planned: return "gepland";
    case RiskAnalysisStatus::InProgress: return "in_uitvoering";
    case RiskAnalysisStatus::Completed: return "afgerond";
    }
    return "gepland";
}

Result<RiskAnalysisKind> parse_risk_analysis_kind(std::string_view text)
{
    for (auto const kind : {RiskAnalysisKind::Quickscan, RiskAnalysisKind::Full}) {
        if (to_string(kind) == to_ascii_lower(trim(text)))
            return kind;
    }
    return Error::invalid(
        "unknown kind of analysis '" + std::string(text) + "' (expected quickscan or volledig)", {.field = "kind"});
}

Result<RiskAnalysisStatus> parse_risk_analysis_status(std::string_view text)
{
    for (auto const status :
        {RiskAnalysisStatus::Planned, RiskAnalysisStatus::InProgress, RiskAnalysisStatus::Completed}) {
        if (to_string(status) == to_ascii_lower(trim(text)))
            return status;
    }
    return Error::invalid("unknown status '" + std::string(text) + "' (expected gepland, in_uitvoering or afgerond)",
        {.field = "status"});
}

Result<void> check_risk_analysis(RiskAnalysis const& analysis)
{
    bool const has_process = !trim(analysis.process).empty();
    if (analysis.system.has_value() == has_process)
        return Error::invalid("an analysis covers either one system or one process", {.field = "system"});
    if (analysis.status != RiskAnalysisStatus::Planned && analysis.participants.empty())
        return Error::invalid("record who took part in the analysis", {.field = "participants"});
    return ok();
}

} // namespace bolwerk::domain
