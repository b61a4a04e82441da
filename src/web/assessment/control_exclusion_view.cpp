#include "web/assessment/control_exclusion_view.hpp"

#include "common/text.hpp"
#include "domain/assessment/excluded_control.hpp"
#include "domain/risk/risk_level.hpp"
#include "web/assessment/assessment_views.hpp"
#include "web/core/request_context.hpp"

#include <algorithm>

namespace bolwerk::web {

namespace {

using domain::assessment::Aspect;
using Json = nlohmann::json;

std::string organisation_path(OrganisationId id) { return "/organisaties/" + id.to_string(); }

std::string numbers_text(std::vector<domain::catalog::MeasureNumber> const& numbers)
{
    std::string text;
    for (auto const& number : numbers)
        text += (text.empty() ? "" : ", ") + number.to_string();
    return text;
}

std::string result_text(RequestContext const& context, domain::assessment::AspectResult result)
{
    return context.text("result_" + std::string(domain::assessment::to_string(result)));
}

} // namespace

Json exclusion_view(RequestContext const& context, OrganisationId organisation, app::ExclusionPreview const& preview)
{
    auto const& consequences = preview.consequences;
    auto mandatory = Json::array();
    for (auto const& number : consequences.mandatory) {
        mandatory.push_back({{"number", number.to_string()},
            {"href", organisation_path(organisation) + "/maatregelen/" + number.to_string()}});
    }
    auto answered = Json::array();
    for (auto const& answer : consequences.answered) {
        answered.push_back({{"number", answer.measure.to_string()},
            {"href", organisation_path(organisation) + "/maatregelen/" + answer.measure.to_string()},
            {"status", status_text(context, answer.status)},
            {"design", result_text(context, answer.aspect(Aspect::Design).result)},
            {"existence", result_text(context, answer.aspect(Aspect::Existence).result)},
            {"operation", result_text(context, answer.aspect(Aspect::Operation).result)}});
    }
    auto risks = Json::array();
    for (auto const& link : preview.risks) {
        auto const level = context.language == Language::English ? domain::english_label(link.current.level)
                                                                 : domain::dutch_label(link.current.level);
        risks.push_back({{"title", link.title}, {"level", std::string(level)},
            {"href", organisation_path(organisation) + "/risicos/" + link.risk_id.to_string()}});
    }
    return {{"mandatory", mandatory}, {"has_mandatory", !mandatory.empty()},
        {"mandatory_text",
            fill(context.text("exclusion_mandatory"), {{"count", std::to_string(consequences.mandatory.size())}})},
        {"answered", answered}, {"has_answered", !answered.empty()}, {"risks", risks}, {"has_risks", !risks.empty()},
        {"risks_visible", preview.risks_visible}};
}

Json mandatory_hint(RequestContext const& context, domain::catalog::CatalogVersion const& catalog,
    domain::assessment::Assessment const& assessment, domain::catalog::ControlNumber control)
{
    // Display only: the same consequences the confirm step shows (nothing is decided here).
    auto const consequences = domain::assessment::exclusion_consequences(catalog, assessment, control);
    auto const& mandatory = consequences.mandatory;
    std::string text;
    if (!mandatory.empty())
        text = fill(context.text("exclusion_hint_measures"),
            {{"count", std::to_string(mandatory.size())}, {"numbers", numbers_text(mandatory)}});
    if (consequences.included_as_mandatory)
        text += (text.empty() ? "" : " ") + context.text("exclusion_hint_reason");
    return text.empty() ? Json() : Json(text);
}

} // namespace bolwerk::web
