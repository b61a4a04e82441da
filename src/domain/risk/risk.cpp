#include "domain/risk/risk.hpp"

#include "common/text.hpp"

#include <array>

namespace bolwerk::domain {

namespace {

constexpr std::array treatment_names{
    std::pair{Treatment::Reduce, std::string_view{"verminderen"}},
    std::pair{Treatment::Accept, std::string_view{"accepteren"}},
    std::pair{Treatment::Transfer, std::string_view{"overdragen"}},
    std::pair{Treatment::Avoid, std::string_view{"vermijden"}},
};

Result<void> check_required_text(Risk const& risk)
{
    if (risk.title.empty())
        return Error::invalid("the title is empty", {.field = "title"});
    if (risk.title.size() > 300)
        return Error::invalid("the title is longer than 300 characters", {.field = "title"});
    if (risk.owner.empty())
        return Error::invalid("every risk needs an owner", {.field = "owner"});
    return ok();
}

Result<std::optional<RiskScore>> score_residual(
    RiskMethodology const& methodology, RiskDraft const& draft, RiskScore const& inherent)
{
    if (!draft.residual_likelihood && !draft.residual_impact)
        return std::optional<RiskScore>();
    if (!draft.residual_likelihood || !draft.residual_impact)
        return Error::invalid("give both residual likelihood and residual impact, or neither",
            {.field = draft.residual_likelihood ? "residual_impact" : "residual_likelihood"});
    if (*draft.residual_likelihood > inherent.likelihood)
        return Error::invalid(
            "the residual likelihood cannot exceed the inherent likelihood", {.field = "residual_likelihood"});
    if (*draft.residual_impact > inherent.impact)
        return Error::invalid("the residual impact cannot exceed the inherent impact", {.field = "residual_impact"});
    auto const level = TRY(methodology.level(*draft.residual_likelihood, *draft.residual_impact));
    return std::optional(RiskScore{*draft.residual_likelihood, *draft.residual_impact, level});
}

} // namespace

std::string_view to_string(Treatment treatment)
{
    for (auto const& [value, name] : treatment_names) {
        if (value == treatment)
            return name;
    }
    return "verminderen";
}

Result<Treatment> parse_treatment(std::string_view text)
{
    auto const wanted = to_ascii_lower(trim(text));
    for (auto const& [value, name] : treatment_names) {
        if (name == wanted)
            return value;
    }
    return Error::invalid(
        "unknown treatment '" + std::string(text) + "' (expected verminderen, accepteren, overdragen or vermijden)",
        {.field = "treatment"});
}

Result<Risk> score_risk(RiskMethodology const& methodology, RiskDraft const& draft)
{
    Risk risk;
    risk.title = std::string(trim(draft.title));
    risk.threat = std::string(trim(draft.threat));
    risk.vulnerability = std::string(trim(draft.vulnerability));
    risk.owner = std::string(trim(draft.owner));
    TRY(check_required_text(risk));
    int const impact = TRY(methodology.combined_impact(draft.inherent_impacts));
    auto const inherent_level = methodology.level(draft.inherent_likelihood, impact);
    if (!inherent_level)
        return inherent_level.error().with_field("inherent_likelihood");
    risk.inherent = {draft.inherent_likelihood, impact, *inherent_level};
    risk.inherent_likelihood = draft.inherent_likelihood;
    risk.inherent_impacts = draft.inherent_impacts;
    risk.residual = TRY(score_residual(methodology, draft, risk.inherent));
    if (draft.treatment == Treatment::Reduce && draft.planned_measures.empty() && draft.existing_controls.empty())
        return Error::invalid(
            "treatment 'verminderen' needs a planned measure or an existing control", {.field = "planned_measures"});
    for (std::size_t i = 0; i < draft.planned_measures.size(); ++i) {
        if (trim(draft.planned_measures[i].description).empty())
            return Error::invalid("a planned measure needs a description",
                {.field = "planned_measures[" + std::to_string(i) + "].description"});
    }
    risk.systems = draft.systems;
    risk.existing_controls = draft.existing_controls;
    risk.treatment = draft.treatment;
    risk.planned_measures = draft.planned_measures;
    risk.review_due = draft.review_due;
    return risk;
}

bool review_overdue(Risk const& risk, std::chrono::sys_days today)
{
    return risk.review_due && *risk.review_due < today;
}

RiskDraft draft_of(Risk const& risk)
{
    RiskDraft draft;
    draft.title = risk.title;
    draft.threat = risk.threat;
    draft.vulnerability = risk.vulnerability;
    draft.owner = risk.owner;
    draft.systems = risk.systems;
    draft.inherent_likelihood = risk.inherent.likelihood;
    draft.inherent_impacts = risk.inherent_impacts;
    draft.existing_controls = risk.existing_controls;
    draft.treatment = risk.treatment;
    draft.planned_measures = risk.planned_measures;
    if (risk.residual) {
        draft.residual_likelihood = risk.residual->likelihood;
        draft.residual_impact = risk.residual->impact;
    }
    draft.review_due = risk.review_due;
    return draft;
}

} // namespace bolwerk::domain
