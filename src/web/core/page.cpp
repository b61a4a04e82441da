#include "web/core/page.hpp"

#include "app/authorisation.hpp"
#include "common/text.hpp"
#include "web/core/request_context.hpp"

#include <charconv>

namespace bolwerk::web {

namespace {

nlohmann::json organisation_switcher(RequestContext& context)
{
    auto list = nlohmann::json::array();
    if (!context.session || context.session->stage != app::SessionState::Stage::Complete)
        return list;
    auto const organisations = context.services.app->organisations.list(context.actor);
    if (!organisations)
        return list;
    for (auto const& organisation : *organisations) {
        list.push_back({{"id", std::to_string(organisation.id.value())}, {"name", organisation.name},
            {"current", context.session->record.organisation == organisation.id}});
    }
    return list;
}

nlohmann::json navigation(RequestContext& context, std::string_view current)
{
    auto items = nlohmann::json::array();
    if (!context.session || context.session->stage != app::SessionState::Stage::Complete)
        return items;
    auto const add = [&](std::string_view key, std::string href, std::string_view name) {
        items.push_back({{"label", context.text(key)}, {"href", std::move(href)}, {"current", name == current}});
    };
    if (auto const organisation = context.session->record.organisation) {
        auto const base = "/organisaties/" + organisation->to_string();
        if (app::authorise(context.actor, app::Permission::OrganisationRead, *organisation))
            add("nav_organisation", base, "organisation");
        if (app::authorise(context.actor, app::Permission::MemberRead, *organisation))
            add("nav_members", base + "/gebruikers", "members");
        if (app::authorise(context.actor, app::Permission::AuditTrailRead, *organisation))
            add("nav_audit", base + "/audit", "audit");
        if (app::authorise(context.actor, app::Permission::RiskRead, *organisation))
            add("nav_risks", base + "/risicos", "risks");
        if (app::authorise(context.actor, app::Permission::AssessmentRead, *organisation)) {
            add("nav_assessment", base + "/dashboard", "assessment");
            add("nav_gaps", base + "/gaplijst", "gaps");
            add("nav_controls", base + "/beheersmaatregelen", "controls");
        }
        if (app::authorise(context.actor, app::Permission::EvidenceRead, *organisation))
            add("nav_evidence", base + "/bewijs", "evidence");
        if (app::authorise(context.actor, app::Permission::RiskRead, *organisation)) {
            // Issue 6: the rest of risk management.
            add("nav_board", base + "/risicos/bestuur", "board");
            add("nav_systems", base + "/systemen", "systems");
            add("nav_analyses", base + "/risicoanalyses", "analyses");
            add("nav_methodology", base + "/risicomethodiek", "methodology");
        }
        if (app::authorise(context.actor, app::Permission::AssessmentRead, *organisation))
            add("nav_vvt", base + "/vvt", "vvt");
    }
    add("nav_account", "/account", "account");
    return items;
}

nlohmann::json breadcrumbs(RequestContext& context, Page const& page)
{
    auto trail = nlohmann::json::array();
    trail.push_back({{"label", context.text("home")}, {"href", "/"}});
    for (auto const& crumb : page.breadcrumbs)
        trail.push_back({{"label", crumb.label}, {"href", crumb.href}});
    trail.push_back({{"label", context.text(page.title_key)}, {"href", nullptr}});
    return trail;
}

} // namespace

Response render_page(RequestContext& context, Page page)
{
    auto const language = std::string(language_code(context.language));
    auto data = std::move(page.data);
    data["csrf"] = context.session ? context.session->record.csrf_token : data.value("csrf", "");
    // The message catalog ({{t.key}}) is shared data, converted once per language.
    auto content = context.services.templates->render(page.template_name, data, language);
    if (!content)
        return Response::text(500, "internal error\n");
    bool const signed_in = context.session.has_value();
    auto const organisations = organisation_switcher(context);
    nlohmann::json shell{{"lang", language}, {"title", context.text(page.title_key)}, {"content", *content},
        {"signed_in", signed_in}, {"csrf", data["csrf"]}, {"organisations", organisations},
        {"has_organisations", !organisations.empty()}, {"navigation", navigation(context, page.current_navigation)},
        {"breadcrumbs", breadcrumbs(context, page)}, {"return_path", percent_encode(context.request.path)}};
    // An empty string would still open a mustache section.
    shell["notice"] = page.notice.empty() ? nlohmann::json() : nlohmann::json(page.notice);
    shell["problem"] = page.problem.empty() ? nlohmann::json() : nlohmann::json(page.problem);
    shell["show_navigation"] = !shell["navigation"].empty();
    auto html = context.services.templates->render("layout", shell, language);
    if (!html)
        return Response::text(500, "internal error\n");
    auto response = Response::text(page.status, std::move(*html), "text/html; charset=utf-8");
    response.set_header("Content-Language", std::string(language_code(context.language)));
    return response;
}

bool is_server_side(Error const& error)
{
    return error.kind() == ErrorKind::Unavailable || error.kind() == ErrorKind::Internal;
}

Response error_page(RequestContext& context, Error const& error)
{
    auto const status = status_for(error.kind());
    std::string_view title = "error_title";
    std::string text = context.text("error_title");
    if (error.kind() == ErrorKind::NotFound) {
        title = "not_found_title";
        text = context.text("not_found_text");
    } else if (error.kind() == ErrorKind::Forbidden) {
        title = "forbidden_title";
        text = context.text("forbidden_text");
    } else if (error.kind() == ErrorKind::Invalid || error.kind() == ErrorKind::Conflict) {
        title = "invalid_title";
        text = error.message();
    } else if (error.kind() == ErrorKind::Unavailable) {
        title = "unavailable_title";
        text = context.text("unavailable_text");
    }
    auto response = render_page(
        context, {.template_name = "message", .title_key = title, .data = {{"text", text}}, .status = status});
    // What went wrong inside (e.g. the database's message) goes to the log only (issue #10 item 14).
    if (is_server_side(error))
        response.log_detail = error.message();
    return response;
}

Result<OrganisationId> organisation_parameter(RequestContext const& context)
{
    auto const text = context.parameters.get("organisation").value_or("");
    std::int64_t value = 0;
    auto const parsed = std::from_chars(text.data(), text.data() + text.size(), value);
    if (parsed.ec != std::errc{} || parsed.ptr != text.data() + text.size() || value <= 0)
        return Error::not_found("organisation '" + std::string(text) + "' does not exist");
    return OrganisationId(value);
}

std::string session_cookie(RequestContext const& context, std::string_view name, std::string_view value)
{
    std::string cookie = std::string(name) + "=" + std::string(value) + "; Path=/; HttpOnly; SameSite=Lax";
    if (context.request.secure || context.services.config.secure_cookies)
        cookie += "; Secure";
    return cookie;
}

std::string expired_cookie(RequestContext const& context, std::string_view name)
{
    return session_cookie(context, name, "") + "; Max-Age=0";
}

} // namespace bolwerk::web
