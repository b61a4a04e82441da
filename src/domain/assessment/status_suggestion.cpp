#include "domain/assessment/status_suggestion.hpp"

namespace bolwerk::domain::assessment {

namespace {

bool met(AspectResult result) { return result == AspectResult::Compliant; }

bool shown(AspectResult result)
{
    return result == AspectResult::Compliant || result == AspectResult::PartiallyCompliant;
}

} // namespace

std::string_view to_string(SuggestionReason reason)
{
    switch (reason) {
    case SuggestionReason::DesignOrExistenceShown: return "design_or_existence_shown";
    case SuggestionReason::OperationShown: return "operation_shown";
    case SuggestionReason::DesignOrExistenceFails: return "design_or_existence_fails";
    }
    return "design_or_existence_shown";
}

std::optional<StatusSuggestion> suggest_status(MeasureAnswer const& answer)
{
    auto const design = answer.aspect(Aspect::Design).result;
    auto const existence = answer.aspect(Aspect::Existence).result;
    auto const operation = answer.aspect(Aspect::Operation).result;
    switch (answer.status) {
    case MeasureStatus::NotApplicable: return std::nullopt;
    case MeasureStatus::Implemented:
        if (design == AspectResult::NonCompliant || existence == AspectResult::NonCompliant)
            return StatusSuggestion{MeasureStatus::InProgress, SuggestionReason::DesignOrExistenceFails};
        return std::nullopt;
    case MeasureStatus::NotStarted:
    case MeasureStatus::InProgress:
        if (met(design) && met(existence) && met(operation))
            return StatusSuggestion{MeasureStatus::Implemented, SuggestionReason::OperationShown};
        if (answer.status == MeasureStatus::NotStarted && (shown(design) || shown(existence)))
            return StatusSuggestion{MeasureStatus::InProgress, SuggestionReason::DesignOrExistenceShown};
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace bolwerk::domain::assessment
