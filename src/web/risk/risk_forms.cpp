#include "web/risk/risk_forms.hpp"

#include "app/authorisation.hpp"
#include "app/risk/risk_service.hpp"
#include "common/integer_text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/risk/risk_form_page.hpp"
#include "web/risk/risk_pages.hpp"
#include "web/risk/risk_view_support.hpp"

#include <array>
#include <span>

namespace bolwerk::web {

namespace {

using risk_view::risks_path;

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
        {"authorities", risk_view::select_options(context, "authority_", values.value("authority", ""), authorities)}};
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

// What both steps of changing a risk load, after the permission (RiskWrite) is checked.
struct RiskEdit {
    OrganisationId organisation{0};
    app::MethodologyVersion methodology;
    domain::Risk current;
    std::vector<app::SystemView> systems;
};

Result<RiskEdit> open_risk_edit(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    RiskId const risk(TRY(risk_view::id_parameter(context, "risk")));
    // Each step into its own variable: a TRY that returns from inside a braced
    // initializer would leave the members built before it undestroyed.
    auto methodology = TRY(methodology_for(context, id));
    auto& service = context.services.app->risks;
    auto current = TRY(service.show_risk(context.actor, id, risk));
    auto systems = TRY(service.list_systems(context.actor, id));
    return RiskEdit{id, std::move(methodology), std::move(current), std::move(systems)};
}

} // namespace

Result<Response> show_risk_form(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto const methodology = TRY(methodology_for(context, id));
    auto const systems = TRY(context.services.app->risks.list_systems(context.actor, id));
    return risk_form::page(
        context, {.organisation = id}, methodology.methodology, systems, risk_form::State{}, nullptr);
}

Result<Response> submit_risk(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto const methodology = TRY(methodology_for(context, id));
    auto& service = context.services.app->risks;
    auto const systems = TRY(service.list_systems(context.actor, id));
    auto const refused = [&](Error const& error) {
        return risk_form::page(context, {.organisation = id}, methodology.methodology, systems,
            risk_form::state_from_form(context), &error);
    };
    auto const draft = risk_form::draft_from_form(context, methodology.methodology);
    if (!draft)
        return refused(draft.error());
    auto const risk = service.register_risk(context.actor, id, *draft);
    if (!risk && risk.error().kind() == ErrorKind::Invalid)
        return refused(risk.error());
    if (!risk)
        return risk.error();
    // Issue #13: land on the new risk, not on the register.
    return Response::redirect(risks_path(id) + "/" + risk->id.to_string() + "?geregistreerd=1");
}

Result<Response> show_risk_edit_form(RequestContext& context)
{
    auto const edit = TRY(open_risk_edit(context));
    auto const& risk = edit.current;
    return risk_form::page(context, {edit.organisation, risk.id, risk.version, risk.title},
        edit.methodology.methodology, edit.systems, risk_form::state_from_risk(risk), nullptr);
}

Result<Response> submit_risk_edit(RequestContext& context)
{
    auto const edit = TRY(open_risk_edit(context));
    auto const id = edit.organisation;
    auto const risk_id = edit.current.id;
    auto const& methodology = edit.methodology;
    auto const& systems = edit.systems;
    auto& service = context.services.app->risks;
    auto const version = parse_integer(context.field("version")).value_or(0);
    if (version < 1)
        return Error::invalid("the form carries no version; open it again", {.field = "version"});
    auto const refused = [&](Error const& error, risk_form::Target const& target, bool stale) {
        return risk_form::page(
            context, target, methodology.methodology, systems, risk_form::state_from_form(context), &error, stale);
    };
    risk_form::Target const target{id, risk_id, version, edit.current.title};
    auto const draft = risk_form::draft_from_form(context, methodology.methodology);
    if (!draft)
        return refused(draft.error(), target, false);
    auto const updated = service.update_risk(context.actor, id, risk_id, *draft, version);
    if (!updated && updated.error().kind() == ErrorKind::Conflict) {
        // Stale: keep the input, say so, and carry the version now stored, so that a
        // second save deliberately replaces the other change.
        auto const latest = TRY(service.show_risk(context.actor, id, risk_id));
        return refused(updated.error(), {id, risk_id, latest.version, latest.title}, true);
    }
    if (!updated && updated.error().kind() == ErrorKind::Invalid)
        return refused(updated.error(), target, false);
    if (!updated)
        return updated.error();
    return Response::redirect(risks_path(id) + "/" + risk_id.to_string() + "?gewijzigd=1");
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
