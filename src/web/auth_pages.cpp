#include "web/auth_pages.hpp"

#include "app/credentials.hpp"
#include "web/page.hpp"
#include "web/redirect_target.hpp"
#include "web/request_context.hpp"

namespace bolwerk::web {

namespace {

Response login_form(RequestContext& context, std::string const& email, std::string_view problem_key, unsigned status)
{
    // Sign-in has no session yet, so its CSRF token is a double-submit cookie. A cookie
    // this server did not issue (or that expired) is replaced, never echoed.
    auto token = cookie_value(context.request, login_csrf_cookie_name).value_or("");
    bool const fresh = !context.services.login_csrf->verify(token);
    if (fresh)
        token = context.services.login_csrf->issue();
    auto response = render_page(context,
        {.template_name = "login",
            .title_key = "login_title",
            .data = {{"email", email}, {"csrf", token}},
            .problem = problem_key.empty() ? "" : context.text(problem_key),
            .status = status});
    if (fresh)
        response.add_header("Set-Cookie", session_cookie(context, login_csrf_cookie_name, token));
    return response;
}

} // namespace

Response show_home(RequestContext& context)
{
    auto const session
        = context.services.sessions.resolve(cookie_value(context.request, session_cookie_name).value_or(""));
    if (!session)
        return error_page(context, session.error()); // an outage is not a sign-out (issue #10 item 12)
    if (!*session)
        return Response::redirect("/inloggen");
    if (auto const organisation = (*session)->record.organisation)
        return Response::redirect("/organisaties/" + organisation->to_string());
    return Response::redirect("/account");
}

Response show_login(RequestContext& context) { return login_form(context, "", "", 200); }

Response submit_login(RequestContext& context)
{
    auto const email = context.field("email");
    auto const outcome = context.services.sessions.sign_in(
        email, context.field("password"), context.request.remote_address, language_code(context.language));
    if (!outcome)
        return error_page(context, outcome.error());
    if (outcome->status == app::SignIn::Status::Throttled)
        return login_form(context, email, "login_throttled", 429);
    if (outcome->status == app::SignIn::Status::Refused)
        return login_form(context, email, "login_refused", 401);
    // A new session id at every sign-in; any id the browser brought is dropped.
    auto response = Response::redirect("/");
    response.add_header("Set-Cookie", session_cookie(context, session_cookie_name, outcome->token));
    response.add_header("Set-Cookie", expired_cookie(context, login_csrf_cookie_name));
    return response;
}

Response show_code(RequestContext& context)
{
    if (context.session->stage != app::SessionState::Stage::NeedsSecondFactor)
        return Response::redirect("/");
    return render_page(context, {.template_name = "code", .title_key = "code_title"});
}

Response submit_code(RequestContext& context)
{
    if (context.session->stage != app::SessionState::Stage::NeedsSecondFactor)
        return Response::redirect("/");
    auto const passed = context.services.sessions.pass_second_factor(*context.session, context.field("code"));
    if (!passed && passed.error().kind() == ErrorKind::Invalid) {
        return render_page(context,
            {.template_name = "code",
                .title_key = "code_title",
                .problem = context.text("code_refused"),
                .status = 400});
    }
    if (!passed)
        return error_page(context, passed.error());
    return Response::redirect("/");
}

Response submit_logout(RequestContext& context)
{
    if (auto const ended = context.services.sessions.sign_out(*context.session); !ended)
        return error_page(context, ended.error());
    auto response = Response::redirect("/inloggen");
    response.add_header("Set-Cookie", expired_cookie(context, session_cookie_name));
    return response;
}

Response submit_logout_everywhere(RequestContext& context)
{
    if (auto const ended = context.services.sessions.sign_out_everywhere(*context.session); !ended)
        return error_page(context, ended.error());
    auto response = Response::redirect("/inloggen");
    response.add_header("Set-Cookie", expired_cookie(context, session_cookie_name));
    return response;
}

Response switch_language(RequestContext& context)
{
    auto const language = parse_language(context.parameters.get("language").value_or("nl"));
    auto const requested = form_value(parse_form(context.request.query), "terug").value_or("/");
    // Issue #10: only a page of this site, never a header ("%0D%0A") or another site.
    auto response = Response::redirect(checked_redirect_target(requested).value_or("/"));
    auto cookie = session_cookie(context, language_cookie_name, language_code(language));
    response.add_header("Set-Cookie", cookie + "; Max-Age=31536000");
    return response;
}

} // namespace bolwerk::web
