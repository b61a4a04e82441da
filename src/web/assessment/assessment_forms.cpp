#include "web/assessment/assessment_forms.hpp"

#include "common/integer_text.hpp"
#include "common/text.hpp"
#include "web/assessment/assessment_views.hpp"
#include "web/core/request_context.hpp"

#include <algorithm>

namespace bolwerk::web {

namespace {

using domain::assessment::Aspect;
using domain::assessment::ControlApplicability;
using domain::assessment::InclusionReason;
using domain::assessment::MeasureAnswer;
using domain::assessment::RiskReference;

std::string value_of(FormValues const& values, std::string_view name)
{
    auto const found
        = std::find_if(values.begin(), values.end(), [&](auto const& field) { return field.first == name; });
    return found == values.end() ? std::string() : found->second;
}

bool has_value(FormValues const& values, std::string_view name, std::string_view value)
{
    return std::any_of(
        values.begin(), values.end(), [&](auto const& field) { return field.first == name && field.second == value; });
}

Result<std::int64_t> whole_number(std::string const& text, std::string const& field)
{
    auto const value = parse_integer(text);
    if (!value)
        return Error::invalid("enter a whole number", {.field = field});
    return *value;
}

Result<std::optional<Date>> optional_date(RequestContext& context, std::string const& field)
{
    auto const text = std::string(trim(context.field(field)));
    if (text.empty())
        return std::optional<Date>();
    auto const date = parse_date(text);
    if (!date)
        return Error::invalid("enter a date as YYYY-MM-DD", {.field = field});
    return std::optional<Date>(*date);
}

// The version the form was loaded with (0 for an answer never stored).
Result<std::int64_t> form_version(RequestContext& context)
{
    auto const text = context.field("version");
    return text.empty() ? Result<std::int64_t>(0) : whole_number(text, "version");
}

// "risk_analysis:12" or "risk:5" from the list, or a document reference typed in,
// which wins: the person typed it on purpose.
Result<std::optional<RiskReference>> reference_from_form(RequestContext& context)
{
    auto const document = std::string(trim(context.field("reference_document")));
    if (!document.empty())
        return std::optional<RiskReference>(RiskReference{RiskReference::Kind::Document, document});
    auto const chosen = context.field("reference");
    if (chosen.empty())
        return std::optional<RiskReference>();
    auto const colon = chosen.find(':');
    if (colon == std::string::npos)
        return Error::invalid("choose a reference from the list", {.field = "reference"});
    auto const kind = domain::assessment::parse_risk_reference_kind(chosen.substr(0, colon));
    if (!kind || *kind == RiskReference::Kind::Document)
        return Error::invalid("choose a reference from the list", {.field = "reference"});
    auto const id = TRY(whole_number(chosen.substr(colon + 1), "reference"));
    return std::optional<RiskReference>(RiskReference{*kind, std::to_string(id)});
}

std::string reference_value(RiskReference const& reference)
{
    return std::string(domain::assessment::to_string(reference.kind)) + ":" + reference.value;
}

nlohmann::json reference_view(RequestContext const& context, FormValues const& values,
    std::vector<ReferenceChoice> const& choices, FormErrors const& errors)
{
    auto const chosen = value_of(values, "reference");
    auto options = nlohmann::json::array();
    for (auto const& choice : choices) {
        auto const value = reference_value(choice.reference);
        auto const prefix = choice.reference.kind == RiskReference::Kind::Risk
            ? context.text("reference_risk")
            : context.text("reference_risk_analysis");
        options.push_back({{"value", value}, {"label", prefix + ": " + choice.label}, {"selected", value == chosen}});
    }
    nlohmann::json view{{"options", options}, {"document", value_of(values, "reference_document")}};
    view["error"] = errors.fields.contains("reference") ? errors.fields["reference"] : nlohmann::json();
    return view;
}

nlohmann::json options(std::vector<std::pair<std::string, std::string>> const& entries, std::string const& chosen)
{
    auto list = nlohmann::json::array();
    for (auto const& [value, label] : entries)
        list.push_back({{"value", value}, {"label", label}, {"selected", value == chosen}});
    return list;
}

// The anchor of the form control a field error belongs to, for the error summary.
std::string anchor_of(std::string const& field)
{
    if (field == "applicable")
        return "applicable";
    if (field == "reasons")
        return "reason-bio2_mandatory";
    return field;
}

Result<domain::assessment::AspectAssessment> aspect_from_form(RequestContext& context, Aspect aspect)
{
    auto const name = std::string(domain::assessment::to_string(aspect));
    domain::assessment::AspectAssessment assessment;
    auto const result_text = context.field(name + "_result");
    if (!result_text.empty()) {
        auto const result = domain::assessment::parse_aspect_result(result_text);
        if (!result)
            return result.error().with_field(name + "_result");
        assessment.result = *result;
    }
    assessment.date = TRY(optional_date(context, name + "_date"));
    assessment.assessor = std::string(trim(context.field(name + "_assessor")));
    assessment.note = context.field(name + "_note");
    return assessment;
}

} // namespace

Result<MeasureAnswer> measure_answer_from_form(RequestContext& context, domain::catalog::MeasureNumber measure)
{
    MeasureAnswer answer{.measure = measure};
    auto const status = domain::assessment::parse_measure_status(context.field("status"));
    if (!status)
        return status.error().with_field("status");
    answer.status = *status;
    answer.owner = std::string(trim(context.field("owner")));
    answer.target_date = TRY(optional_date(context, "target_date"));
    if (auto const maturity = context.field("maturity"); !maturity.empty())
        answer.maturity = static_cast<int>(std::clamp<std::int64_t>(TRY(whole_number(maturity, "maturity")), -1, 99));
    answer.not_applicable_reason = std::string(trim(context.field("not_applicable_reason")));
    answer.reference = TRY(reference_from_form(context));
    for (auto const aspect : domain::assessment::all_aspects)
        answer.aspect(aspect) = TRY(aspect_from_form(context, aspect));
    answer.version = TRY(form_version(context));
    return answer;
}

Result<ControlApplicability> control_from_form(RequestContext& context, domain::catalog::ControlNumber control)
{
    ControlApplicability applicability{.control = control};
    auto const applicable = context.field("applicable");
    if (applicable != "ja" && applicable != "nee")
        return Error::invalid("choose whether the control applies", {.field = "applicable"});
    applicability.applicable = applicable == "ja";
    for (auto const& [name, value] : context.form()) {
        if (name != "reasons")
            continue;
        auto const reason = domain::assessment::parse_inclusion_reason(value);
        if (!reason)
            return reason.error().with_field("reasons");
        if (std::find(applicability.reasons.begin(), applicability.reasons.end(), *reason)
            == applicability.reasons.end())
            applicability.reasons.push_back(*reason);
    }
    applicability.justification = std::string(trim(context.field("justification")));
    applicability.reference = TRY(reference_from_form(context));
    applicability.version = TRY(form_version(context));
    return applicability;
}

std::string assessment_refusal_text(RequestContext const& context, Error const& error)
{
    auto const field = error.location().field.value_or("");
    // Issue #10, item 9: an owner without AssessmentWrite changes only the progress.
    if (error.kind() == ErrorKind::Forbidden)
        return context.text(field == "owner" ? "gap_forbidden_owner" : "gap_forbidden_field");
    std::string key = "gap_refusal_" + field;
    // The two refusals of the aspect order have their own texts (BIO2: opzet, then
    // bestaan, then werking).
    if (field.ends_with("_result") && error.message().find("voldoet niet") != std::string::npos)
        key += "_failed";
    if (field == "reasons" && error.message().find("excluded") != std::string::npos)
        key = "gap_refusal_reasons_excluded";
    if (field.ends_with("_date") && error.message().starts_with("enter a date"))
        key = "gap_refusal_date";
    if ((field == "maturity" || field == "version") && error.message().starts_with("enter a whole number"))
        key = "gap_refusal_number";
    auto text = context.text(key);
    return text == key ? error.message() : text;
}

FormErrors form_errors(RequestContext const& context, Error const* error)
{
    FormErrors errors;
    if (error == nullptr)
        return errors;
    auto const field = error->location().field.value_or("");
    auto const message = assessment_refusal_text(context, *error);
    if (!field.empty())
        errors.fields[field] = message;
    nlohmann::json item{{"anchor", field.empty() ? std::string("inhoud") : anchor_of(field)}, {"message", message}};
    errors.summary = {{"items", nlohmann::json::array({item})}};
    return errors;
}

FormValues measure_values(MeasureAnswer const& answer)
{
    FormValues values{{"status", std::string(domain::assessment::to_string(answer.status))}, {"owner", answer.owner},
        {"target_date", answer.target_date ? format_date(*answer.target_date) : ""},
        {"maturity", answer.maturity ? std::to_string(*answer.maturity) : ""},
        {"not_applicable_reason", answer.not_applicable_reason}, {"version", std::to_string(answer.version)}};
    if (answer.reference && answer.reference->kind == RiskReference::Kind::Document)
        values.emplace_back("reference_document", answer.reference->value);
    else if (answer.reference)
        values.emplace_back("reference", reference_value(*answer.reference));
    for (auto const aspect : domain::assessment::all_aspects) {
        auto const name = std::string(domain::assessment::to_string(aspect));
        auto const& assessed = answer.aspect(aspect);
        values.emplace_back(name + "_result", std::string(domain::assessment::to_string(assessed.result)));
        values.emplace_back(name + "_date", assessed.date ? format_date(*assessed.date) : "");
        values.emplace_back(name + "_assessor", assessed.assessor);
        values.emplace_back(name + "_note", assessed.note);
    }
    return values;
}

FormValues control_values(ControlApplicability const& applicability)
{
    FormValues values{{"applicable", applicability.applicable ? "ja" : "nee"},
        {"justification", applicability.justification}, {"version", std::to_string(applicability.version)}};
    for (auto const reason : applicability.reasons)
        values.emplace_back("reasons", std::string(domain::assessment::to_string(reason)));
    if (applicability.reference && applicability.reference->kind == RiskReference::Kind::Document)
        values.emplace_back("reference_document", applicability.reference->value);
    else if (applicability.reference)
        values.emplace_back("reference", reference_value(*applicability.reference));
    return values;
}

nlohmann::json measure_form_view(RequestContext const& context, FormValues const& values,
    domain::assessment::MaturityScale const& scale, std::vector<ReferenceChoice> const& choices,
    FormErrors const& errors)
{
    std::vector<std::pair<std::string, std::string>> statuses;
    statuses.reserve(domain::assessment::all_measure_statuses.size());
    for (auto const status : domain::assessment::all_measure_statuses)
        statuses.emplace_back(domain::assessment::to_string(status), status_text(context, status));
    std::vector<std::pair<std::string, std::string>> levels{{"", context.text("measure_maturity_none")}};
    for (std::size_t level = 0; level < scale.labels.size(); ++level)
        levels.emplace_back(std::to_string(level), std::to_string(level) + " " + scale.labels[level]);
    std::vector<std::pair<std::string, std::string>> results;
    for (auto const result : domain::assessment::all_aspect_results) {
        auto const name = std::string(domain::assessment::to_string(result));
        results.emplace_back(name, context.text("result_" + name));
    }
    auto aspects = nlohmann::json::array();
    for (auto const aspect : domain::assessment::all_aspects) {
        auto const name = std::string(domain::assessment::to_string(aspect));
        nlohmann::json aspect_errors = nlohmann::json::object();
        for (std::string const part : {"result", "date", "assessor"}) {
            if (errors.fields.contains(name + "_" + part))
                aspect_errors[part] = errors.fields[name + "_" + part];
        }
        aspects.push_back(
            {{"name", name}, {"legend", context.text("aspect_" + name)}, {"hint", context.text("aspect_hint_" + name)},
                {"results", options(results, value_of(values, name + "_result"))},
                {"date", value_of(values, name + "_date")}, {"assessor", value_of(values, name + "_assessor")},
                {"note", value_of(values, name + "_note")}, {"errors", aspect_errors}});
    }
    return {{"values",
                {{"owner", value_of(values, "owner")}, {"target_date", value_of(values, "target_date")},
                    {"not_applicable_reason", value_of(values, "not_applicable_reason")}}},
        {"version", value_of(values, "version")}, {"statuses", options(statuses, value_of(values, "status"))},
        {"maturity_levels", options(levels, value_of(values, "maturity"))}, {"aspects", aspects},
        {"reference", reference_view(context, values, choices, errors)}, {"errors", errors.fields},
        {"error_summary", errors.summary}};
}

nlohmann::json control_form_view(RequestContext const& context, FormValues const& values,
    std::vector<ReferenceChoice> const& choices, FormErrors const& errors)
{
    auto reasons = nlohmann::json::array();
    for (auto const reason : domain::assessment::all_inclusion_reasons) {
        auto const name = std::string(domain::assessment::to_string(reason));
        reasons.push_back({{"id", "reason-" + name}, {"value", name}, {"label", context.text("reason_" + name)},
            {"checked", has_value(values, "reasons", name)}});
    }
    return {{"applicable", value_of(values, "applicable") != "nee"}, {"reasons", reasons},
        {"justification", value_of(values, "justification")}, {"version", value_of(values, "version")},
        {"reference", reference_view(context, values, choices, errors)}, {"errors", errors.fields},
        {"error_summary", errors.summary}};
}

std::string yes_no(RequestContext const& context, bool value) { return context.text(value ? "yes" : "no"); }

std::string reasons_text(RequestContext const& context, std::vector<InclusionReason> const& reasons)
{
    std::string text;
    for (auto const reason : reasons) {
        if (!text.empty())
            text += ", ";
        text += context.text("reason_" + std::string(domain::assessment::to_string(reason)));
    }
    return text;
}

} // namespace bolwerk::web
