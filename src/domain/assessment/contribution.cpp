#include "domain/assessment/contribution.hpp"

#include "common/text.hpp"

namespace bolwerk::domain::assessment {

namespace {

Error refused(std::string message, std::string field)
{
    return {ErrorKind::Forbidden, std::move(message), {.field = std::move(field)}};
}

// The fields a verdict consists of: the result with who gave it and when.
bool same_verdict(AspectAssessment const& before, AspectAssessment const& after)
{
    return before.result == after.result && before.date == after.date && before.assessor == after.assessor;
}

Result<void> check_status(MeasureAnswer const& before, MeasureAnswer const& after)
{
    bool const excluded_before = before.status == MeasureStatus::NotApplicable;
    bool const excluded_after = after.status == MeasureStatus::NotApplicable;
    if (excluded_before != excluded_after)
        return refused(
            "only the CISO may declare measure " + after.measure.to_string() + " not applicable or take that back",
            "status");
    if (before.not_applicable_reason != after.not_applicable_reason)
        return refused("only the CISO may change why a measure does not apply", "not_applicable_reason");
    if (before.reference != after.reference)
        return refused("only the CISO may change the risk reference of an exclusion", "reference");
    return ok();
}

} // namespace

bool is_owned_by(std::string_view owner, std::string_view email)
{
    auto const name = trim(owner);
    return !name.empty() && to_ascii_lower(name) == to_ascii_lower(trim(email));
}

Result<void> check_owner_change(std::optional<MeasureAnswer> const& before, MeasureAnswer const& after)
{
    if (!before)
        return refused("measure " + after.measure.to_string() + " has no owner yet; the CISO assigns it", "owner");
    if (trim(before->owner) != trim(after.owner))
        return refused("only the CISO may change who owns a measure", "owner");
    if (before->target_date != after.target_date)
        return refused("only the CISO may change the target date", "target_date");
    TRY(check_status(*before, after));
    for (auto const aspect : all_aspects) {
        if (!same_verdict(before->aspect(aspect), after.aspect(aspect)))
            return refused("only the CISO may give the verdict on " + std::string(to_string(aspect)) + " of "
                    + after.measure.to_string(),
                std::string(to_string(aspect)) + "_result");
    }
    return ok();
}

} // namespace bolwerk::domain::assessment
