#include "web/core/page.hpp"

#include "app/authorisation.hpp"
#include "common/text.hpp"
#include "web/core/csrf_mask.hpp"
#include "web/core/navigation.hpp"
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
    if (!context.session || context.session->stage != app::SessionState::Stage::Complete)
        return nlohmann::json::array();
    return navigation_groups(context.actor, context.session->record.organisation, current,
        [&](std::string_view key) { return context.text(key); });
}

nlohmann::json breadcrumbs(RequestContext& context, Page const& page)
{
    auto trail = nlohmann::json::array();
    if (page.current_navigation == "home") // the home page is the start of every trail
        return trail;
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
    auto const token = context.session ? context.session->record.csrf_token : data.value("csrf", "");
    data["csrf"] = token.empty() ? token : mask_csrf_token(token); // BREACH: see core/csrf_mask.hpp
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
    shell["has_breadcrumbs"] = !shell["breadcrumbs"].empty();
    shell["account_current"] = page.current_navigation == "account";
    shell["user_name"] = signed_in ? nlohmann::json(context.session->user.display_name) : nlohmann::json();
    shell["version"] = BOLWERK_VERSION;
    // Content-hashed names, cached for a year by browsers (issue #12 item 6).
    auto const& assets = context.services.static_files;
    shell["assets"] = {{"favicon", assets.versioned("/static/favicon.svg")},
        {"components_css", assets.versioned("/static/nlds/component-library-css/index.css")},
        {"tokens_css", assets.versioned("/static/nlds/voorbeeld-design-tokens/theme.css")},
        {"bolwerk_css", assets.versioned("/static/bolwerk.css")}};
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

Response attachment(std::string body, std::string_view content_type, std::string const& file_name)
{
    auto response = Response::text(200, std::move(body), content_type);
    response.set_header("Content-Disposition", "attachment; filename=\"" + file_name + "\"");
    return response;
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
        // The use cases' messages are English (issue #12: English text in the Dutch UI);
        // the Dutch page says what kind of refusal it is and names the field.
        text = context.language == Language::English
            ? error.message()
            : context.text(error.kind() == ErrorKind::Invalid ? "invalid_text" : "conflict_text");
        if (context.language != Language::English && error.location().field)
            text += " " + context.text("field_error") + ": " + *error.location().field + ".";
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
