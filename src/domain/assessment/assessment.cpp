#include "domain/assessment/assessment.hpp"

#include "common/text.hpp"

#include <algorithm>

namespace bolwerk::domain::assessment {

namespace {

/// Finds `text` among the names of `values`, or among extra spellings.
template <typename Enum, std::size_t N>
std::optional<Enum> find_name(std::array<Enum, N> const& values, std::string_view text)
{
    for (Enum value : values) {
        if (to_string(value) == text)
            return value;
    }
    return std::nullopt;
}

std::string lower(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
        [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); });
    return result;
}

} // namespace

std::string_view to_string(InclusionReason reason)
{
    switch (reason) {
    case InclusionReason::Bio2Mandatory: return "bio2_mandatory";
    case InclusionReason::RiskAnalysis: return "risk_analysis";
    case InclusionReason::LawOrContract: return "law_or_contract";
    case InclusionReason::OwnChoice: return "own_choice";
    }
    return "bio2_mandatory";
}

Result<InclusionReason> parse_inclusion_reason(std::string_view text)
{
    if (auto const found = find_name(all_inclusion_reasons, lower(text)))
        return *found;
    return Error::invalid("unknown reason for inclusion \"" + std::string(text)
            + "\" (expected bio2_mandatory, risk_analysis, law_or_contract or own_choice)",
        {.field = "reasons"});
}

std::string_view to_string(RiskReference::Kind kind)
{
    switch (kind) {
    case RiskReference::Kind::RiskAnalysis: return "risk_analysis";
    case RiskReference::Kind::Risk: return "risk";
    case RiskReference::Kind::Document: return "document";
    }
    return "document";
}

Result<RiskReference::Kind> parse_risk_reference_kind(std::string_view text)
{
    for (auto kind : {RiskReference::Kind::RiskAnalysis, RiskReference::Kind::Risk, RiskReference::Kind::Document}) {
        if (to_string(kind) == text)
            return kind;
    }
    return Error::invalid(
        "unknown kind of risk reference \"" + std::string(text) + "\" (expected risk_analysis, risk or document)",
        {.field = "reference_kind"});
}

std::string_view to_string(MeasureStatus status)
{
    switch (status) {
    case MeasureStatus::NotStarted: return "not_started";
    case MeasureStatus::InProgress: return "in_progress";
    case MeasureStatus::Implemented: return "implemented";
    case MeasureStatus::NotApplicable: return "not_applicable";
    }
    return "not_started";
}

Result<MeasureStatus> parse_measure_status(std::string_view text)
{
    auto const name = lower(text);
    if (auto const found = find_name(all_measure_statuses, name))
        return *found;
    if (name == "niet gestart")
        return MeasureStatus::NotStarted;
    if (name == "in uitvoering")
        return MeasureStatus::InProgress;
    if (name == "geïmplementeerd" || name == "geimplementeerd")
        return MeasureStatus::Implemented;
    if (name == "niet van toepassing" || name == "n.v.t.")
        return MeasureStatus::NotApplicable;
    // BIO2 Deel 1: an overheidsmaatregel is implemented whatever the degree of risk
    // acceptance; the only way out is "niet van toepassing" with a reason.
    if (name == "accepted" || name == "risk_accepted" || name == "geaccepteerd" || name == "risico geaccepteerd")
        return Error::invalid("an overheidsmaatregel cannot be risk-accepted; declare it not applicable "
                              "(niet van toepassing) with a reason instead (BIO2 Deel 1)",
            {.field = "status"});
    return Error::invalid("unknown status \"" + std::string(text)
            + "\" (expected not_started, in_progress, implemented or not_applicable)",
        {.field = "status"});
}

std::string_view to_string(Aspect aspect)
{
    switch (aspect) {
    case Aspect::Design: return "opzet";
    case Aspect::Existence: return "bestaan";
    case Aspect::Operation: return "werking";
    }
    return "opzet";
}

Result<Aspect> parse_aspect(std::string_view text)
{
    auto const name = lower(text);
    if (auto const found = find_name(all_aspects, name))
        return *found;
    if (name == "design")
        return Aspect::Design;
    if (name == "existence")
        return Aspect::Existence;
    if (name == "operation" || name == "operating_effectiveness")
        return Aspect::Operation;
    return Error::invalid(
        "unknown aspect \"" + std::string(text) + "\" (expected opzet, bestaan or werking)", {.field = "aspect"});
}

std::string_view to_string(AspectResult result)
{
    switch (result) {
    case AspectResult::NotAssessed: return "not_assessed";
    case AspectResult::Compliant: return "compliant";
    case AspectResult::PartiallyCompliant: return "partially_compliant";
    case AspectResult::NonCompliant: return "non_compliant";
    }
    return "not_assessed";
}

Result<AspectResult> parse_aspect_result(std::string_view text)
{
    auto const name = lower(text);
    if (auto const found = find_name(all_aspect_results, name))
        return *found;
    if (name == "niet beoordeeld")
        return AspectResult::NotAssessed;
    if (name == "voldoet")
        return AspectResult::Compliant;
    if (name == "voldoet deels")
        return AspectResult::PartiallyCompliant;
    if (name == "voldoet niet")
        return AspectResult::NonCompliant;
    return Error::invalid("unknown result \"" + std::string(text)
            + "\" (expected not_assessed, compliant, partially_compliant or non_compliant)",
        {.field = "result"});
}

MaturityScale MaturityScale::standard()
{
    // The six levels of the capability maturity model as used in BIO self-assessments.
    return MaturityScale{{"Niet aanwezig", "Initieel", "Herhaalbaar", "Gedefinieerd", "Beheerst", "Geoptimaliseerd"}};
}

Result<void> check_maturity_scale(MaturityScale const& scale)
{
    if (scale.labels.size() < 2 || scale.labels.size() > 11)
        return Error::invalid("a maturity scale has 2 to 11 levels, not " + std::to_string(scale.labels.size()),
            {.field = "maturity_scale"});
    for (std::size_t i = 0; i < scale.labels.size(); ++i) {
        if (trim(scale.labels[i]).empty())
            return Error::invalid("maturity level " + std::to_string(i) + " has no label", {.field = "maturity_scale"});
    }
    return ok();
}

Result<void> check_control_applicability(ControlApplicability const& applicability)
{
    auto const control = applicability.control.to_string();
    if (!applicability.applicable) {
        // ISO 27001 6.1.3 d: the VvT justifies every exclusion.
        if (trim(applicability.justification).empty())
            return Error::invalid(
                "control " + control + " is excluded without a justification", {.field = "justification"});
        if (!applicability.reasons.empty())
            return Error::invalid(
                "control " + control + " is excluded, so it has no reasons for inclusion", {.field = "reasons"});
    } else if (applicability.reasons.empty()) {
        return Error::invalid(
            "control " + control + " applies but no reason for inclusion is given", {.field = "reasons"});
    }
    if (applicability.reference && trim(applicability.reference->value).empty())
        return Error::invalid("the risk reference of control " + control + " is empty", {.field = "reference"});
    return ok();
}

Result<void> check_measure_answer(MeasureAnswer const& answer, catalog::ItemKind kind, MaturityScale const& scale)
{
    auto const measure = answer.measure.to_string();
    if (!catalog::is_measure(kind))
        return Error::invalid(measure + " is not an overheidsmaatregel in this catalog version ("
                + std::string(catalog::to_string(kind)) + ")",
            {.field = "measure"});
    if (answer.status == MeasureStatus::NotApplicable && trim(answer.not_applicable_reason).empty())
        // BIO2 Deel 1: a substantive overheidsmaatregel is only ever declared not applicable with a reason.
        return Error::invalid("overheidsmaatregel " + measure + " is declared not applicable without a reason",
            {.field = "not_applicable_reason"});
    if (answer.reference && trim(answer.reference->value).empty())
        return Error::invalid("the risk reference of " + measure + " is empty", {.field = "reference"});
    if (answer.maturity && (*answer.maturity < 0 || *answer.maturity > scale.highest()))
        return Error::invalid("maturity " + std::to_string(*answer.maturity) + " of " + measure
                + " is not on the scale 0–" + std::to_string(scale.highest()),
            {.field = "maturity"});
    for (Aspect aspect : all_aspects) {
        auto const& assessed = answer.aspect(aspect);
        if (assessed.result == AspectResult::NotAssessed)
            continue;
        auto const name = std::string(to_string(aspect));
        if (!assessed.date)
            return Error::invalid(
                "the " + name + " assessment of " + measure + " has no date", {.field = name + "_date"});
        if (trim(assessed.assessor).empty())
            return Error::invalid(
                "the " + name + " assessment of " + measure + " has no assessor", {.field = name + "_assessor"});
        if (aspect == Aspect::Design)
            continue;
        // Opzet, bestaan, werking build on each other: what is not designed cannot
        // exist, and what does not exist cannot work.
        auto const previous = static_cast<Aspect>(static_cast<int>(aspect) - 1);
        auto const previous_result = answer.aspect(previous).result;
        auto const previous_name = std::string(to_string(previous));
        if (previous_result == AspectResult::NotAssessed)
            return Error::invalid(name + " of " + measure + " cannot be assessed before " + previous_name
                    + " is assessed (opzet, then bestaan, then werking)",
                {.field = name + "_result"});
        if (previous_result == AspectResult::NonCompliant)
            return Error::invalid(
                name + " of " + measure + " cannot be assessed while " + previous_name + " is \"voldoet niet\"",
                {.field = name + "_result"});
    }
    return ok();
}

ControlApplicability const* Assessment::find(catalog::ControlNumber control) const
{
    auto const found = std::find_if(
        controls.begin(), controls.end(), [&](ControlApplicability const& entry) { return entry.control == control; });
    return found == controls.end() ? nullptr : &*found;
}

MeasureAnswer const* Assessment::find(catalog::MeasureNumber measure) const
{
    auto const found = std::find_if(
        measures.begin(), measures.end(), [&](MeasureAnswer const& entry) { return entry.measure == measure; });
    return found == measures.end() ? nullptr : &*found;
}

} // namespace bolwerk::domain::assessment
