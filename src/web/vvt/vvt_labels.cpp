#include "web/vvt/vvt_labels.hpp"

#include "web/core/request_context.hpp"

#include <vector>

namespace bolwerk::web {

namespace {

std::string joined(std::vector<std::string> const& numbers)
{
    std::string text;
    for (auto const& number : numbers)
        text += (text.empty() ? "" : ", ") + number;
    return text;
}

} // namespace

std::string reason_text(RequestContext const& context, domain::assessment::InclusionReason reason)
{
    return context.text("vvt_reason_" + std::string(domain::assessment::to_string(reason)));
}

std::string implementation_text(RequestContext const& context, domain::vvt::ControlImplementation implementation)
{
    return context.text("vvt_implementation_" + std::string(domain::vvt::to_string(implementation)));
}

std::string reference_text(
    RequestContext const& context, std::optional<domain::assessment::RiskReference> const& reference)
{
    if (!reference)
        return {};
    return context.text("vvt_reference_kind_" + std::string(domain::assessment::to_string(reference->kind))) + " "
        + reference->value;
}

std::string publication_problem_text(
    RequestContext const& context, domain::vvt::StatementOfApplicability const& statement, Error const& refusal)
{
    // check_publishable checks the scope first; its refusals name a scope field.
    if (refusal.location().field.value_or("") != "exceptions")
        return context.text("vvt_publish_scope_incomplete");
    std::vector<std::string> controls;
    std::vector<std::string> measures;
    for (auto const& exception : statement.exceptions) {
        if (!exception.has_reference())
            (exception.is_control() ? controls : measures).push_back(exception.number());
    }
    auto text = context.text("vvt_publish_missing_reference");
    if (!controls.empty())
        text += " " + context.text("vvt_publish_missing_controls") + " " + joined(controls);
    if (!controls.empty() && !measures.empty())
        text += " " + context.text("vvt_publish_and");
    if (!measures.empty())
        text += " " + context.text("vvt_publish_missing_measures") + " " + joined(measures);
    return text + ".";
}

} // namespace bolwerk::web
