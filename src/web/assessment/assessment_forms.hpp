#pragma once

#include "common/error.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/assessment/assessment.hpp"
#include "domain/catalog/catalog.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

// The edit forms of the gap analysis (issue #5): reading a posted form into the
// domain values, and the template data of the forms with the refusals beside their
// fields and in an error summary. Handlers live in assessment_pages.cpp.
namespace bolwerk::web {

struct RequestContext;

/// A risk analysis or risk that an exclusion can refer to, as offered in the form.
struct ReferenceChoice {
    domain::assessment::RiskReference reference;
    std::string label;
};

/// The answer posted by the measure form. Field errors carry the form's field name
/// ("werking_result", "target_date", …). The version is the one the form was loaded with.
Result<domain::assessment::MeasureAnswer> measure_answer_from_form(
    RequestContext& context, domain::catalog::MeasureNumber measure);

/// The applicability posted by the control form.
Result<domain::assessment::ControlApplicability> control_from_form(
    RequestContext& context, domain::catalog::ControlNumber control);

/// The message for a refused field in the request's language: a message of our own
/// for the rules we know (refusal_<field>), else the rule's own message.
std::string assessment_refusal_text(RequestContext const& context, Error const& error);

/// Errors beside their fields ({"field": "message"}) and the summary above the form
/// (WCAG 3.3.1): null without an error.
struct FormErrors {
    nlohmann::json fields = nlohmann::json::object();
    nlohmann::json summary;
};
FormErrors form_errors(RequestContext const& context, Error const* error);

/// The fields of a form by name, in order; checkboxes repeat their name.
using FormValues = std::vector<std::pair<std::string, std::string>>;

/// The form fields that show `answer` (the form as first loaded).
FormValues measure_values(domain::assessment::MeasureAnswer const& answer);
FormValues control_values(domain::assessment::ControlApplicability const& applicability);

/// Template data of the measure form from its field values (stored or as posted).
nlohmann::json measure_form_view(RequestContext const& context, FormValues const& values,
    domain::assessment::MaturityScale const& scale, std::vector<ReferenceChoice> const& choices,
    FormErrors const& errors);

/// Template data of the control form from its field values (stored or as posted).
nlohmann::json control_form_view(RequestContext const& context, FormValues const& values,
    std::vector<ReferenceChoice> const& choices, FormErrors const& errors);

/// "ja" / "yes"
std::string yes_no(RequestContext const& context, bool value);
/// The reasons of a control in words, joined by ", ".
std::string reasons_text(
    RequestContext const& context, std::vector<domain::assessment::InclusionReason> const& reasons);

} // namespace bolwerk::web
