#include "web/risk/risk_view_support.hpp"

#include "common/integer_text.hpp"
#include "common/json_text.hpp"
#include "common/text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/risk/risk_pages.hpp"

namespace bolwerk::web::risk_view {

using Json = nlohmann::json;

app::RiskService& service_of(RequestContext& context) { return context.services.app->risks; }

std::string organisation_path(OrganisationId id) { return "/organisaties/" + id.to_string(); }
std::string risks_path(OrganisationId id) { return organisation_path(id) + "/risicos"; }
std::string systems_path(OrganisationId id) { return organisation_path(id) + "/systemen"; }

bool allowed(RequestContext const& context, app::Permission permission, OrganisationId id)
{
    return app::authorise(context.actor, permission, id).has_value();
}

// A numeric path parameter; NotFound when malformed (it names nothing that exists).
Result<std::int64_t> id_parameter(RequestContext const& context, std::string_view name)
{
    auto const text = context.parameters.get(name).value_or("");
    auto const value = parse_integer(text);
    if (!value || *value < 1)
        return Error::not_found("'" + std::string(text) + "' does not exist");
    return *value;
}

std::string label_of(RequestContext const& context, std::string const& nl, std::string const& en)
{
    return context.language == Language::English && !en.empty() ? en : nl;
}

std::string cia_text(RequestContext const& context, domain::CiaLevel level)
{
    return context.text("cia_" + std::string(domain::to_string(level)));
}

Json cia_json(RequestContext const& context, domain::Cia const& cia)
{
    return {{"availability", cia_text(context, cia.availability)}, {"integrity", cia_text(context, cia.integrity)},
        {"confidentiality", cia_text(context, cia.confidentiality)}};
}

std::string optional_date_text(std::optional<Date> const& date) { return date ? format_date(*date) : "–"; }

// One row of a risk table: what the register, the board and the system pages show.
Json risk_row(RequestContext const& context, OrganisationId id, domain::Risk const& risk)
{
    return {{"href", risks_path(id) + "/" + risk.id.to_string()}, {"title", risk.title}, {"owner", risk.owner},
        {"inherent", score_text(context, risk.inherent)},
        {"residual", risk.residual ? score_text(context, *risk.residual) : context.text("risk_not_assessed")},
        {"treatment", context.text("treatment_" + std::string(domain::to_string(risk.treatment)))},
        {"review", optional_date_text(risk.review_due)}};
}

Json risk_rows(RequestContext const& context, OrganisationId id, std::vector<domain::Risk> const& risks)
{
    auto rows = Json::array();
    for (auto const& risk : risks)
        rows.push_back(risk_row(context, id, risk));
    return rows;
}

Json acceptance_row(RequestContext const& context, domain::RiskAcceptance const& acceptance)
{
    return {{"accepted_by", acceptance.accepted_by},
        {"authority", context.text("authority_" + std::string(domain::to_string(acceptance.authority)))},
        {"level", level_text(context, acceptance.level)}, {"accepted_on", format_date(acceptance.accepted_on)},
        {"valid_until", format_date(acceptance.valid_until)}, {"reason", acceptance.reason},
        {"expired", domain::acceptance_expired(acceptance, today(context))}};
}

Json select_options(RequestContext const& context, std::string_view prefix, std::string const& chosen,
    std::span<char const* const> values)
{
    auto options = Json::array();
    for (auto const* value : values)
        options.push_back(
            {{"value", value}, {"label", context.text(std::string(prefix) + value)}, {"selected", chosen == value}});
    return options;
}

// The form values as posted, for re-rendering a form with the input kept.
Json posted_values(RequestContext& context)
{
    Json values = Json::object();
    for (auto const& [name, value] : context.form())
        values[name] = value;
    return values;
}

// Fills `page` with the error of a refused form: beside its field, or above the form.
void show_form_error(RequestContext& context, Page& page, Json& errors, Error const& error)
{
    page.status = status_for(error.kind());
    auto const text = refusal_text(context, error);
    page.problem = context.text("form_has_errors") + " " + text;
    errors[error.location().field.value_or("form")] = text;
}

Response refused_or(RequestContext& context, Result<void> const& permission)
{
    return error_page(context, permission.error());
}

std::map<InformationSystemId, std::string> system_names(std::vector<app::SystemView> const& systems)
{
    std::map<InformationSystemId, std::string> names;
    for (auto const& view : systems)
        names[view.system.id] = view.system.name;
    return names;
}

} // namespace bolwerk::web::risk_view
