#include "web/risk/methodology_page.hpp"

#include "app/authorisation.hpp"
#include "app/risk/methodology_json.hpp"
#include "app/risk/risk_service.hpp"
#include "common/integer_text.hpp"
#include "common/json_text.hpp"
#include "common/text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/risk/risk_pages.hpp"
#include "web/risk/risk_view_support.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <span>

namespace bolwerk::web {

using namespace risk_view;

namespace {

using Json = nlohmann::json;

constexpr std::array authorities{"binnen_risicobereidheid", "proceseigenaar", "bestuurder"};
constexpr std::array levels{
    domain::RiskLevel::Laag, domain::RiskLevel::Midden, domain::RiskLevel::Hoog, domain::RiskLevel::ZeerHoog};

Response methodology_page(RequestContext& context, OrganisationId id, app::MethodologyVersion const& current,
    Error const* error, std::string notice)
{
    auto const& definition = current.methodology.definition();
    auto const steps = [&](std::vector<domain::ScaleStep> const& scale) {
        auto list = Json::array();
        for (auto const& step : scale)
            list.push_back({{"value", step.value}, {"label", label_of(context, step.label_nl, step.label_en)}});
        return list;
    };
    auto areas = Json::array();
    for (auto const& area : definition.areas)
        areas.push_back(label_of(context, area.label_nl, area.label_en));
    auto const values = posted_values(context);
    bool const can_edit = allowed(context, app::Permission::RiskMethodologyWrite, id);
    // The matrix, most likely row first, each cell with a select in the edit form.
    auto rows = Json::array();
    for (auto l = definition.likelihood.size(); l-- > 0;) {
        auto const& step = definition.likelihood[l];
        Json row{{"label", std::to_string(step.value) + " " + label_of(context, step.label_nl, step.label_en)},
            {"cells", Json::array()}};
        for (std::size_t i = 0; i < definition.impact.size(); ++i) {
            auto const name = "cell_" + std::to_string(l + 1) + "_" + std::to_string(i + 1);
            auto const level = definition.matrix[l][i];
            auto const chosen = values.value(name, std::string(domain::to_string(level)));
            auto options = Json::array();
            for (auto const option : levels)
                options.push_back({{"value", domain::to_string(option)}, {"label", level_text(context, option)},
                    {"selected", chosen == domain::to_string(option)}});
            auto const label = fill(context.text("methodology_cell_label"),
                {{"likelihood", std::to_string(l + 1)}, {"impact", std::to_string(i + 1)}});
            row["cells"].push_back(
                {{"level", level_text(context, level)}, {"name", name}, {"label", label}, {"options", options}});
        }
        rows.push_back(std::move(row));
    }
    auto appetite = Json::array();
    for (std::size_t i = 0; i < levels.size() && i < definition.appetite.size(); ++i) {
        auto const name = "appetite_" + std::string(domain::to_string(levels[i]));
        auto const chosen = values.value(name, std::string(domain::to_string(definition.appetite[i])));
        auto options = Json::array();
        for (auto const* authority : authorities)
            options.push_back({{"value", authority}, {"label", context.text("authority_" + std::string(authority))},
                {"selected", chosen == authority}});
        appetite.push_back({{"level", level_text(context, levels[i])}, {"name", name},
            {"authority", context.text("authority_" + std::string(domain::to_string(definition.appetite[i])))},
            {"options", options}});
    }
    auto impact_columns = Json::array();
    for (auto const& step : definition.impact)
        impact_columns.push_back(std::to_string(step.value) + " " + label_of(context, step.label_nl, step.label_en));
    Json errors = Json::object();
    Page page{.template_name = "methodology",
        .title_key = "methodology_title",
        .breadcrumbs = {{context.text("risks_title"), risks_path(id)}},
        .current_navigation = "methodology",
        .notice = std::move(notice)};
    if (error)
        show_form_error(context, page, errors, *error);
    page.data = {{"organisation_id", id.to_string()},
        {"version", current.version == 0 ? context.text("methodology_default") : std::to_string(current.version)},
        {"likelihood", steps(definition.likelihood)}, {"impact", steps(definition.impact)}, {"areas", areas},
        {"aggregation", context.text("aggregation_" + std::string(domain::to_string(definition.aggregation)))},
        {"impact_columns", impact_columns}, {"matrix", rows}, {"appetite", appetite},
        {"max_acceptance_days", values.value("max_acceptance_days", std::to_string(definition.max_acceptance_days))},
        {"can_edit", can_edit}, {"errors", errors}};
    return render_page(context, std::move(page));
}

// The current definition with the form's matrix, appetite and validity, validated by
// the same JSON reader the CLI and API use.
Result<domain::RiskMethodology> methodology_from_form(RequestContext& context, app::MethodologyVersion const& current)
{
    auto json = app::methodology_to_json(current.methodology.definition());
    auto& matrix = json["matrix"];
    for (std::size_t l = 0; l < matrix.size(); ++l) {
        for (std::size_t i = 0; i < matrix[l].size(); ++i) {
            auto const value = context.field("cell_" + std::to_string(l + 1) + "_" + std::to_string(i + 1));
            if (!value.empty())
                matrix[l][i] = value;
        }
    }
    auto& appetite = json["appetite"];
    for (std::size_t i = 0; i < levels.size() && i < appetite.size(); ++i) {
        auto const value = context.field("appetite_" + std::string(domain::to_string(levels[i])));
        if (!value.empty())
            appetite[i] = value;
    }
    auto const days_text = context.field("max_acceptance_days");
    auto const days = parse_integer<int>(days_text);
    if (!days)
        return Error::invalid("enter a whole number of days", {.field = "max_acceptance_days"});
    json["max_acceptance_days"] = *days;
    return app::methodology_from_json(json_text(json));
}

} // namespace

Result<Response> show_methodology(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto const current = TRY(service_of(context).methodology(context.actor, id));
    std::string notice;
    if (form_value(parse_form(context.request.query), "opgeslagen"))
        notice = context.text("methodology_saved");
    return methodology_page(context, id, current, nullptr, std::move(notice));
}

Result<Response> submit_methodology(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    if (auto const permission = app::authorise(context.actor, app::Permission::RiskMethodologyWrite, id); !permission)
        return refused_or(context, permission);
    auto& service = service_of(context);
    auto const current = TRY(service.methodology(context.actor, id));
    auto const methodology = methodology_from_form(context, current);
    if (!methodology)
        return methodology_page(context, id, current, &methodology.error(), {});
    auto const stored = service.set_methodology(context.actor, id, *methodology);
    if (!stored && (stored.error().kind() == ErrorKind::Invalid || stored.error().kind() == ErrorKind::Conflict))
        return methodology_page(context, id, current, &stored.error(), {});
    if (!stored)
        return stored.error();
    return Response::redirect(organisation_path(id) + "/risicomethodiek?opgeslagen=" + std::to_string(stored->version));
}

} // namespace bolwerk::web
