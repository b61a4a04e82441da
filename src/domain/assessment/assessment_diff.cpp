#include "domain/assessment/assessment_diff.hpp"

#include <map>

namespace bolwerk::domain::assessment {

namespace {

std::string reference_text(std::optional<RiskReference> const& reference)
{
    if (!reference)
        return {};
    return std::string(to_string(reference->kind)) + ":" + reference->value;
}

std::string reasons_text(std::vector<InclusionReason> const& reasons)
{
    std::string text;
    for (auto const reason : reasons)
        text += (text.empty() ? "" : ",") + std::string(to_string(reason));
    return text;
}

std::string date_text(std::optional<Date> date) { return date ? format_date(*date) : std::string(); }

// The compared fields of a control, as (field, value) pairs in a fixed order.
std::vector<std::pair<std::string, std::string>> fields_of(ControlApplicability const& control)
{
    return {{"applicable", control.applicable ? "true" : "false"}, {"reasons", reasons_text(control.reasons)},
        {"justification", control.justification}, {"reference", reference_text(control.reference)}};
}

std::vector<std::pair<std::string, std::string>> fields_of(MeasureAnswer const& answer)
{
    std::vector<std::pair<std::string, std::string>> fields{{"status", std::string(to_string(answer.status))},
        {"owner", answer.owner}, {"target_date", date_text(answer.target_date)},
        {"maturity", answer.maturity ? std::to_string(*answer.maturity) : std::string()},
        {"not_applicable_reason", answer.not_applicable_reason}, {"reference", reference_text(answer.reference)}};
    for (auto const aspect : all_aspects) {
        auto const& assessed = answer.aspect(aspect);
        auto const name = std::string(to_string(aspect));
        fields.emplace_back(name, std::string(to_string(assessed.result)));
        fields.emplace_back(name + ".date", date_text(assessed.date));
        fields.emplace_back(name + ".assessor", assessed.assessor);
        fields.emplace_back(name + ".note", assessed.note);
    }
    fields.emplace_back("needs_review", answer.needs_review ? "true" : "false");
    return fields;
}

// Fields that differ; with one side missing, the fields the other side has set
// (a default value is not worth listing for an added or removed entry).
template <typename Entry>
std::vector<FieldChange> compare(Entry const* before, Entry const* after)
{
    std::vector<FieldChange> changes;
    if (before && after) {
        auto const old_fields = fields_of(*before);
        auto const new_fields = fields_of(*after);
        for (std::size_t i = 0; i < old_fields.size(); ++i) {
            if (old_fields[i].second != new_fields[i].second)
                changes.push_back({old_fields[i].first, old_fields[i].second, new_fields[i].second});
        }
        return changes;
    }
    for (auto const& [field, value] : fields_of(before ? *before : *after)) {
        if (value.empty() || value == "false" || value == "not_assessed")
            continue;
        changes.push_back(before ? FieldChange{field, value, {}} : FieldChange{field, {}, value});
    }
    return changes;
}

template <typename Number, typename Entry, typename Change>
void diff_entries(std::vector<Entry> const& before, std::vector<Entry> const& after, std::vector<Change>& out,
    Number (*number_of)(Entry const&))
{
    std::map<Number, std::pair<Entry const*, Entry const*>> paired;
    for (auto const& entry : before)
        paired[number_of(entry)].first = &entry;
    for (auto const& entry : after)
        paired[number_of(entry)].second = &entry;
    for (auto const& [number, sides] : paired) {
        auto const [old_entry, new_entry] = sides;
        auto fields = compare(old_entry, new_entry);
        if (old_entry && new_entry && fields.empty())
            continue;
        auto const kind = !old_entry ? ChangeKind::Added : !new_entry ? ChangeKind::Removed : ChangeKind::Changed;
        out.push_back({number, kind, std::move(fields)});
    }
}

catalog::ControlNumber control_of(ControlApplicability const& control) { return control.control; }
catalog::MeasureNumber measure_of(MeasureAnswer const& answer) { return answer.measure; }

std::string scale_text(MaturityScale const& scale)
{
    std::string text;
    for (std::size_t i = 0; i < scale.labels.size(); ++i)
        text += (i == 0 ? "" : " | ") + std::to_string(i) + " " + scale.labels[i];
    return text;
}

} // namespace

std::string_view to_string(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added: return "added";
    case ChangeKind::Removed: return "removed";
    case ChangeKind::Changed: return "changed";
    }
    return "changed";
}

AssessmentDiff diff_assessments(Assessment const& before, Assessment const& after)
{
    AssessmentDiff diff{.from_catalog = before.catalog, .to_catalog = after.catalog};
    if (before.maturity_scale.labels != after.maturity_scale.labels)
        diff.scale.push_back({"maturity_scale", scale_text(before.maturity_scale), scale_text(after.maturity_scale)});
    diff_entries(before.controls, after.controls, diff.controls, &control_of);
    diff_entries(before.measures, after.measures, diff.measures, &measure_of);
    return diff;
}

} // namespace bolwerk::domain::assessment
