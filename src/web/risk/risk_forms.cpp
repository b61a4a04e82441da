#include "web/risk/risk_forms.hpp"

#include "app/authorisation.hpp"
#include "app/risk/risk_service.hpp"
#include "common/integer_text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/risk/risk_pages.hpp"

#include <array>
#include <span>

namespace bolwerk::web {

namespace {

constexpr std::array treatments{"verminderen", "accepteren", "overdragen", "vermijden"};

std::string risks_path(OrganisationId id) { return "/organisaties/" + id.to_string() + "/risicos"; }

Result<int> score_field(RequestContext& context, std::string const& name)
{
    auto const text = context.field(name);
    auto const value = parse_integer<int>(text);
    if (!value)
        return Error::invalid("enter a whole number", {.field = name});
    return *value;
}

Result<std::optional<int>> optional_score(RequestContext& context, std::string const& name)
{
    if (context.field(name).empty())
        return std::optional<int>();
    return std::optional<int>(TRY(score_field(context, name)));
}

Result<std::optional<Date>> optional_date(RequestContext& context, std::string const& name)
{
    auto const text = context.field(name);
    if (text.empty())
        return std::optional<Date>();
    auto const date = parse_date(text);
    if (!date)
        return Error::invalid("enter a date as YYYY-MM-DD", {.field = name});
    return std::optional<Date>(*date);
}

Result<domain::RiskDraft> draft_from_form(RequestContext& context, domain::RiskMethodology const& methodology)
{
    domain::RiskDraft draft;
    draft.title = context.field("title");
    draft.threat = context.field("threat");
    draft.vulnerability = context.field("vulnerability");
    draft.owner = context.field("owner");
    draft.inherent_likelihood = TRY(score_field(context, "inherent_likelihood"));
    for (auto const& area : methodology.definition().areas) {
        if (auto const impact = TRY(optional_score(context, "impact." + area.code)))
            draft.inherent_impacts.push_back({area.code, *impact});
    }
    auto const treatment = domain::parse_treatment(context.field("treatment"));
    if (!treatment)
        return treatment.error().with_field("treatment");
    draft.treatment = *treatment;
    if (auto const measure = context.field("measure"); !measure.empty())
        draft.planned_measures.push_back(
            {measure, context.field("measure_owner"), TRY(optional_date(context, "measure_due")), false});
    draft.residual_likelihood = TRY(optional_score(context, "residual_likelihood"));
    draft.residual_impact = TRY(optional_score(context, "residual_impact"));
    draft.review_due = TRY(optional_date(context, "review_due"));
    return draft;
}

// The form field an error belongs to ("planned_measures[0].description" → "measure").
std::string form_field_of(Error const& error)
{
    auto const field = error.location().field.value_or("");
    if (field.starts_with("planned_measures"))
        return "measure";
    if (field == "likelihood")
        return "inherent_likelihood";
    return field;
}

nlohmann::json select_options(
    RequestContext& context, std::string_view prefix, std::string const& chosen, std::span<char const* const> values)
{
    auto options = nlohmann::json::array();
    for (auto const* value : values)
        options.push_back(
            {{"value", value}, {"label", context.text(std::string(prefix) + value)}, {"selected", chosen == value}});
    return options;
}

Response risk_form_page(
    RequestContext& context, OrganisationId id, domain::RiskMethodology const& methodology, Error const* error)
{
    nlohmann::json values = nlohmann::json::object();
    for (auto const& [name, value] : context.form())
        values[name] = value;
    nlohmann::json errors = nlohmann::json::object();
    if (error)
        errors[form_field_of(*error)] = refusal_text(context, *error);
    // Null, not "", when a field has no error: an empty string still opens a mustache
    // section, which marked every impact field aria-invalid before submission (issue #12).
    auto const error_of
        = [&](std::string const& field) { return errors.contains(field) ? errors[field] : nlohmann::json(); };
    auto areas = nlohmann::json::array();
    for (auto const& area : methodology.definition().areas) {
        auto const name = "impact." + area.code;
        areas.push_back({{"name", name}, {"id", "impact-" + area.code},
            {"label", context.language == Language::English && !area.label_en.empty() ? area.label_en : area.label_nl},
            {"value", values.value(name, "")}, {"error", error_of(name)}});
    }
    auto const treatment = values.value("treatment", "verminderen");
    Page page{.template_name = "risk_form",
        .title_key = "risk_form_title",
        .data = {{"organisation_id", id.to_string()}, {"values", values}, {"errors", errors}, {"areas", areas},
            {"impact_error", error_of("impact")},
            {"treatments", select_options(context, "treatment_", treatment, treatments)},
            {"likelihood_max", std::to_string(methodology.likelihood_steps())},
            {"impact_max", std::to_string(methodology.impact_steps())}},
        .breadcrumbs = {{context.text("risks_title"), risks_path(id)}},
        .current_navigation = "risks"};
    if (error) {
        page.problem = context.text("form_has_errors") + " " + refusal_text(context, *error);
        page.status = status_for(error->kind());
    }
    return render_page(context, std::move(page));
}

Response accept_form_page(RequestContext& context, OrganisationId id,
    app::RiskService::AcceptanceCandidates const& candidates, std::string const& chosen, Error const* error)
{
    auto risks = nlohmann::json::array();
    for (auto const& risk : candidates.risks) {
        risks.push_back({{"id", risk.id.to_string()},
            {"label", risk.title + " (" + level_text(context, risk.current().level) + ")"},
            {"selected", risk.id.to_string() == chosen}});
    }
    nlohmann::json values = nlohmann::json::object();
    for (auto const& [name, value] : context.form())
        values[name] = value;
    nlohmann::json errors = nlohmann::json::object();
    Page page{.template_name = "risk_accept",
        .title_key = "accept_title",
        .breadcrumbs = {{context.text("risks_title"), risks_path(id)}},
        .current_navigation = "risks"};
    if (error) {
        page.status = status_for(error->kind());
        // The Dutch texts explain the refusal; English adds the domain's message.
        if (error->kind() == ErrorKind::Forbidden)
            page.problem = context.text("accept_forbidden")
                + (context.language == Language::English ? " " + error->message() : std::string());
        else if (error->kind() == ErrorKind::Conflict)
            page.problem = context.text("accept_within_appetite");
        else {
            auto const text = refusal_text(context, *error);
            page.problem = context.text("form_has_errors") + " " + text;
            errors[error->location().field.value_or("risk")] = text;
        }
    }
    constexpr std::array authorities{"proceseigenaar", "bestuurder"};
    page.data = {{"organisation_id", id.to_string()}, {"risks", risks}, {"has_risks", !risks.empty()},
        {"values", values}, {"errors", errors},
        {"authorities", select_options(context, "authority_", values.value("authority", ""), authorities)}};
    return render_page(context, std::move(page));
}

// The risks the acceptance form offers: only those whose level needs acceptance
// (one filtered query, not the whole register), plus a chosen one that does not, so
// that its refusal can be shown beside it.
Result<app::RiskService::AcceptanceCandidates> acceptance_candidates(
    RequestContext& context, OrganisationId id, std::string const& chosen)
{
    auto& service = context.services.app->risks;
    auto candidates = TRY(service.risks_needing_acceptance(context.actor, id));
    auto const chosen_id = parse_integer(chosen).value_or(0);
    if (chosen_id < 1)
        return candidates;
    for (auto const& risk : candidates.risks) {
        if (risk.id.value() == chosen_id)
            return candidates;
    }
    if (auto risk = service.show_risk(context.actor, id, RiskId(chosen_id)))
        candidates.risks.push_back(std::move(*risk));
    return candidates;
}

Result<app::MethodologyVersion> methodology_for(RequestContext& context, OrganisationId id)
{
    TRY(app::authorise(context.actor, app::Permission::RiskWrite, id));
    auto& service = context.services.app->risks;
    return service.methodology(context.actor, id);
}

Result<domain::RiskAcceptance> accept_from_form(RequestContext& context, OrganisationId id, std::string const& chosen)
{
    auto const risk = parse_integer(chosen).value_or(0);
    if (risk <= 0)
        return Error::invalid("choose a risk", {.field = "risk"});
    domain::AcceptanceRequest request;
    request.accepted_by = context.field("accepted_by");
    auto const authority = domain::parse_acceptance_authority(context.field("authority"));
    if (!authority)
        return authority.error().with_field("authority");
    request.authority = *authority;
    request.accepted_on = std::chrono::floor<std::chrono::days>(context.services.clock.now());
    auto const until = parse_date(context.field("valid_until"));
    if (!until)
        return Error::invalid("enter a date as YYYY-MM-DD", {.field = "valid_until"});
    request.valid_until = *until;
    request.reason = context.field("reason");
    auto& service = context.services.app->risks;
    return service.accept_risk(context.actor, id, RiskId(risk), request);
}

} // namespace

Result<Response> show_risk_form(RequestContext& context)
{
    auto const id = organisation_parameter(context);
    auto const methodology = TRY(id ? methodology_for(context, *id) : Result<app::MethodologyVersion>(id.error()));
    return risk_form_page(context, *id, methodology.methodology, nullptr);
}

Result<Response> submit_risk(RequestContext& context)
{
    auto const id = organisation_parameter(context);
    auto const methodology = TRY(id ? methodology_for(context, *id) : Result<app::MethodologyVersion>(id.error()));
    auto const draft = draft_from_form(context, methodology.methodology);
    if (!draft)
        return risk_form_page(context, *id, methodology.methodology, &draft.error());
    auto& service = context.services.app->risks;
    auto const risk = service.register_risk(context.actor, *id, *draft);
    if (!risk && risk.error().kind() == ErrorKind::Invalid)
        return risk_form_page(context, *id, methodology.methodology, &risk.error());
    if (!risk)
        return risk.error();
    return Response::redirect(risks_path(*id) + "?geregistreerd=" + risk->id.to_string());
}

Result<Response> show_accept_form(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    if (auto const allowed = app::authorise(context.actor, app::Permission::RiskAccept, id); !allowed)
        return allowed.error();
    auto const chosen = form_value(parse_form(context.request.query), "risico").value_or("");
    auto const candidates = TRY(acceptance_candidates(context, id, chosen));
    return accept_form_page(context, id, candidates, chosen, nullptr);
}

Result<Response> submit_accept(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    // Permission before input, so a refusal reveals nothing about the input rules.
    if (auto const allowed = app::authorise(context.actor, app::Permission::RiskAccept, id); !allowed)
        return allowed.error();
    auto const chosen = context.field("risk");
    auto const accepted = accept_from_form(context, id, chosen);
    if (accepted)
        return Response::redirect(risks_path(id) + "?geaccepteerd=" + accepted->risk_id.to_string());
    if (accepted.error().kind() == ErrorKind::NotFound)
        return accepted.error();
    auto const candidates = TRY(acceptance_candidates(context, id, chosen));
    return accept_form_page(context, id, candidates, chosen, &accepted.error());
}

} // namespace bolwerk::web
