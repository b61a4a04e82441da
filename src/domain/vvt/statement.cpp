#include "domain/vvt/statement.hpp"

#include "common/text.hpp"
#include "domain/assessment/excluded_control.hpp"

#include <map>
#include <set>
#include <unordered_map>

namespace bolwerk::domain::vvt {

namespace {

using assessment::MeasureStatus;

std::string join_numbers(std::vector<std::string> const& numbers)
{
    std::string joined;
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        if (i > 0)
            joined += ", ";
        joined += numbers[i];
    }
    return joined;
}

MeasureRow measure_row(
    catalog::CatalogItem const& item, assessment::MeasureAnswer const* answer, assessment::MaturityScale const& scale)
{
    MeasureRow row{.measure = item.number, .kind = item.kind};
    if (answer == nullptr)
        return row;
    row.answered = true;
    row.status = answer->status;
    row.owner = answer->owner;
    row.target_date = answer->target_date;
    row.maturity = answer->maturity;
    if (answer->maturity && *answer->maturity >= 0 && *answer->maturity <= scale.highest())
        row.maturity_label = scale.labels[static_cast<std::size_t>(*answer->maturity)];
    row.aspects = answer->aspects;
    row.not_applicable_reason = answer->not_applicable_reason;
    row.reference = answer->reference;
    return row;
}

void count(MeasureCounts& counts, MeasureStatus status)
{
    ++counts.total;
    switch (status) {
    case MeasureStatus::NotStarted: ++counts.not_started; break;
    case MeasureStatus::InProgress: ++counts.in_progress; break;
    case MeasureStatus::Implemented: ++counts.implemented; break;
    case MeasureStatus::NotApplicable: ++counts.not_applicable; break;
    }
}

// A control is as implemented as its measures: those declared "niet van toepassing"
// do not count, the rest must all be implemented.
ControlImplementation derive_implementation(bool applicable, MeasureCounts const& counts)
{
    if (!applicable)
        return ControlImplementation::Excluded;
    auto const relevant = counts.total - counts.not_applicable;
    if (relevant == 0)
        return ControlImplementation::NoMeasures;
    if (counts.implemented == relevant)
        return ControlImplementation::Implemented;
    if (counts.implemented + counts.in_progress > 0)
        return ControlImplementation::PartiallyImplemented;
    return ControlImplementation::NotImplemented;
}

ControlRow control_row(catalog::ControlNumber control, std::vector<catalog::ControlInfo> const& labels,
    assessment::ControlApplicability const* applicability, MeasureCounts const& counts)
{
    ControlRow row{.control = control, .measures = counts};
    for (auto const& info : labels) {
        if (info.number == control) {
            row.label_nl = info.label_nl;
            row.label_en = info.label_en;
            break;
        }
    }
    if (applicability != nullptr) {
        row.answered = true;
        row.applicable = applicability->applicable;
        row.reasons = applicability->reasons;
        row.justification = applicability->justification;
        row.reference = applicability->reference;
    }
    row.implementation = derive_implementation(row.applicable, counts);
    return row;
}

// `excluded_with_control`: the measures whose control is excluded; that exclusion is
// their justification, so they are no deviation of their own.
std::vector<VvtException> collect_exceptions(std::vector<ControlRow> const& controls,
    std::vector<MeasureRow> const& measures, std::set<catalog::MeasureNumber> const& excluded_with_control)
{
    std::vector<VvtException> exceptions;
    for (auto const& row : controls) {
        if (!row.applicable)
            exceptions.push_back(
                {.subject = row.control, .justification = row.justification, .reference = row.reference});
    }
    for (auto const& row : measures) {
        if (row.status == MeasureStatus::NotApplicable && !excluded_with_control.contains(row.measure))
            exceptions.push_back(
                {.subject = row.measure, .justification = row.not_applicable_reason, .reference = row.reference});
    }
    return exceptions;
}

} // namespace

std::string_view to_string(StatementStatus status)
{
    switch (status) {
    case StatementStatus::Draft: return "draft";
    case StatementStatus::Approved: return "approved";
    }
    return "draft";
}

Result<StatementStatus> parse_statement_status(std::string_view text)
{
    for (auto const status : {StatementStatus::Draft, StatementStatus::Approved}) {
        if (to_string(status) == text)
            return status;
    }
    return Error::invalid(
        "unknown VvT status \"" + std::string(text) + "\" (expected draft or approved)", {.field = "status"});
}

std::string_view to_string(ControlImplementation implementation)
{
    switch (implementation) {
    case ControlImplementation::Excluded: return "excluded";
    case ControlImplementation::NoMeasures: return "no_measures";
    case ControlImplementation::NotImplemented: return "not_implemented";
    case ControlImplementation::PartiallyImplemented: return "partially_implemented";
    case ControlImplementation::Implemented: return "implemented";
    }
    return "not_implemented";
}

std::string VvtException::number() const
{
    if (auto const* control = std::get_if<catalog::ControlNumber>(&subject))
        return control->to_string();
    return std::get<catalog::MeasureNumber>(subject).to_string();
}

bool VvtException::has_reference() const { return reference && !trim(reference->value).empty(); }

Result<StatementOfApplicability> build_statement(catalog::CatalogVersion const& catalog,
    std::vector<catalog::ControlInfo> const& controls, assessment::Assessment const& assessment, IsmsScope const& scope,
    StatementMetadata const& metadata)
{
    if (!(assessment.catalog == catalog.reference()))
        return Error::invalid(
            "the assessment is against " + assessment.catalog.to_string() + ", not " + catalog.reference().to_string(),
            {.field = "catalog"});
    std::unordered_map<catalog::MeasureNumber, assessment::MeasureAnswer const*> answers;
    for (auto const& answer : assessment.measures)
        answers.emplace(answer.measure, &answer);

    StatementOfApplicability statement{
        .header = {.metadata = metadata, .catalog = catalog.reference(), .catalog_title = catalog.title()},
        .scope = scope};
    std::map<catalog::ControlNumber, MeasureCounts> counts;
    std::set<catalog::MeasureNumber> excluded_with_control;
    for (auto const& item : catalog.items()) {
        if (!catalog::is_measure(item.kind))
            continue;
        auto const found = answers.find(item.number);
        statement.measures.push_back(
            measure_row(item, found == answers.end() ? nullptr : found->second, assessment.maturity_scale));
        auto const control = item.number.control();
        // Issue #13 item 2 (ISO 27001 6.1.3 d): the measures of an excluded control are
        // "uitgesloten (n.v.t.)", never implemented; the control's exclusion justifies them.
        auto& row = statement.measures.back();
        auto const standing = assessment::measure_standing(row.status, control ? assessment.find(*control) : nullptr);
        row.status = standing.status;
        if (standing.excluded_with_control)
            excluded_with_control.insert(row.measure);
        if (control)
            count(counts[*control], row.status);
    }
    for (auto const control : catalog::ControlNumber::all())
        statement.controls.push_back(control_row(control, controls, assessment.find(control), counts[control]));
    statement.exceptions = collect_exceptions(statement.controls, statement.measures, excluded_with_control);
    return statement;
}

Result<void> check_publishable(StatementOfApplicability const& statement)
{
    TRY(check_isms_scope(statement.scope));
    // Issue #5: a VvT for publication is refused while any exclusion or deviation lacks
    // its risk-analysis reference, and the refusal names every one of them.
    std::vector<std::string> controls;
    std::vector<std::string> measures;
    for (auto const& exception : statement.exceptions) {
        if (!exception.has_reference())
            (exception.is_control() ? controls : measures).push_back(exception.number());
    }
    if (controls.empty() && measures.empty())
        return ok();
    std::string message = "the VvT cannot be published: a risk-analysis reference is missing for";
    if (!controls.empty())
        message += " the exclusion of control" + std::string(controls.size() > 1 ? "s " : " ") + join_numbers(controls);
    if (!controls.empty() && !measures.empty())
        message += " and";
    if (!measures.empty())
        message += " the deviation (niet van toepassing) of measure" + std::string(measures.size() > 1 ? "s " : " ")
            + join_numbers(measures);
    return Error::invalid(message, {.field = "exceptions"});
}

} // namespace bolwerk::domain::vvt
