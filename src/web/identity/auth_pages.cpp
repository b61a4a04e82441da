#include "web/identity/auth_pages.hpp"

#include "app/credentials.hpp"
#include "web/core/page.hpp"
#include "web/core/redirect_target.hpp"
#include "web/core/request_context.hpp"

#include <algorithm>

namespace bolwerk::web {

namespace {

Response login_form(RequestContext& context, std::string const& email, std::string_view problem_key, unsigned status)
{
    // Sign-in has no session yet, so its CSRF token is a double-submit cookie. A cookie
    // this server did not issue (or that expired) is replaced, never echoed.
    auto token = cookie_value(context.request, login_csrf_cookie_name).value_or("");
    bool const fresh = !context.services.app->login_csrf.verify(token);
    if (fresh)
        token = context.services.app->login_csrf.issue();
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

Response code_form(RequestContext& context, std::string_view problem_key, unsigned status)
{
    return render_page(context,
        {.template_name = "code", .title_key = "code_title", .problem = context.text(problem_key), .status = status});
}

// Retry-After (RFC 9110 10.2.3) in whole seconds, at least one.
Response throttled(Response response, RequestContext const& context, Timestamp retry_at)
{
    auto const wait = std::chrono::ceil<std::chrono::seconds>(retry_at - context.services.clock.now()).count();
    response.set_header("Retry-After", std::to_string(std::max<std::int64_t>(wait, 1)));
    return response;
}

} // namespace

Response show_login(RequestContext& context) { return login_form(context, "", "", 200); }

Result<Response> submit_login(RequestContext& context)
{
    auto const email = context.field("email");
    auto const outcome = TRY(context.services.app->sessions.sign_in(
        email, context.field("password"), context.request.remote_address, language_code(context.language)));
    if (outcome.status == app::SignIn::Status::Throttled)
        return throttled(login_form(context, email, "login_throttled", 429), context, outcome.retry_at);
    if (outcome.status == app::SignIn::Status::Refused)
        return login_form(context, email, "login_refused", 401);
    // A new session id at every sign-in; any id the browser brought is dropped.
    auto response = Response::redirect("/");
    response.add_header("Set-Cookie", session_cookie(context, session_cookie_name, outcome.token));
    response.add_header("Set-Cookie", expired_cookie(context, login_csrf_cookie_name));
    return response;
}

Response show_code(RequestContext& context)
{
    if (context.session->stage != app::SessionState::Stage::NeedsSecondFactor)
        return Response::redirect("/");
    return render_page(context, {.template_name = "code", .title_key = "code_title"});
}

Result<Response> submit_code(RequestContext& context)
{
    if (context.session->stage != app::SessionState::Stage::NeedsSecondFactor)
        return Response::redirect("/");
    auto const outcome
        = TRY(context.services.app->sessions.pass_second_factor(*context.session, context.field("code")));
    using Status = app::SecondFactor::Status;
    switch (outcome.status) {
    case Status::Passed: {
        // Issue #10, item 8: a new session id at the privilege change.
        auto response = Response::redirect("/");
        response.add_header("Set-Cookie", session_cookie(context, session_cookie_name, outcome.token));
        return response;
    }
    case Status::Refused: return code_form(context, "code_refused", 400);
    case Status::Throttled: return throttled(code_form(context, "code_throttled", 429), context, outcome.retry_at);
    case Status::SessionEnded: break;
    }
    // Issue #10, item 2: too many wrong codes; sign-in starts again from the password.
    auto response = login_form(context, context.session->user.email, "code_session_ended", 429);
    response.add_header("Set-Cookie", expired_cookie(context, session_cookie_name));
    return response;
}

Result<Response> submit_logout(RequestContext& context)
{
    if (auto const ended = context.services.app->sessions.sign_out(*context.session); !ended)
        return ended.error();
    auto response = Response::redirect("/inloggen");
    response.add_header("Set-Cookie", expired_cookie(context, session_cookie_name));
    return response;
}

Result<Response> submit_logout_everywhere(RequestContext& context)
{
    if (auto const ended = context.services.app->sessions.sign_out_everywhere(*context.session); !ended)
        return ended.error();
    auto response = Response::redirect("/inloggen");
    response.add_header("Set-Cookie", expired_cookie(context, session_cookie_name));
    return response;
}

Response switch_language(RequestContext& context)
{
    auto const language = parse_language(context.parameters.get("language").value_or("nl"));
    auto const requested = form_value(parse_form(context.request.query), "terug").value_or("/");
    // Issue #10: only a page of this site, never a header ("%0D%0A") or another site.
    auto response = Response::redirect(checked_redirect_target(requested, context.services.routes).value_or("/"));
    auto cookie = session_cookie(context, language_cookie_name, language_code(language));
    response.add_header("Set-Cookie", cookie + "; Max-Age=31536000");
    return response;
}

} // namespace bolwerk::web
