#include "domain/assessment/excluded_control.hpp"

#include <algorithm>

namespace bolwerk::domain::assessment {

MeasureStanding measure_standing(MeasureStatus stored, ControlApplicability const* control)
{
    if (control != nullptr && !control->applicable)
        return {.status = MeasureStatus::NotApplicable, .excluded_with_control = true};
    return {.status = stored, .excluded_with_control = false};
}

namespace {

bool says_more_than_not_started(MeasureAnswer const& answer)
{
    if (answer.status != MeasureStatus::NotStarted)
        return true;
    return std::any_of(answer.aspects.begin(), answer.aspects.end(),
        [](AspectAssessment const& aspect) { return aspect.result != AspectResult::NotAssessed; });
}

} // namespace

ExclusionConsequences exclusion_consequences(
    catalog::CatalogVersion const& catalog, Assessment const& assessment, catalog::ControlNumber control)
{
    ExclusionConsequences consequences;
    if (auto const* applicability = assessment.find(control)) {
        consequences.already_excluded = !applicability->applicable;
        consequences.included_as_mandatory = applicability->applicable
            && std::find(applicability->reasons.begin(), applicability->reasons.end(), InclusionReason::Bio2Mandatory)
                != applicability->reasons.end();
    }
    for (auto const& item : catalog.items()) {
        if (!catalog::is_measure(item.kind) || item.number.control() != control)
            continue;
        if (item.kind == catalog::ItemKind::Substantive)
            consequences.mandatory.push_back(item.number);
        if (auto const* answer = assessment.find(item.number); answer && says_more_than_not_started(*answer))
            consequences.answered.push_back(*answer);
    }
    return consequences;
}

} // namespace bolwerk::domain::assessment
