#include "web/identity/account_pages.hpp"

#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/identity/qr_svg.hpp"

namespace bolwerk::web {

namespace {

Page account_page(RequestContext& context)
{
    auto const& user = context.session->user;
    return {.template_name = "account",
        .title_key = "account_title",
        .data
        = {{"user", {{"display_name", user.display_name}, {"email", user.email}, {"mfa_enabled", user.totp_enabled}}}},
        .current_navigation = "account"};
}

Response enrolment_page(RequestContext& context, app::TotpEnrolment const& enrolment, std::string problem)
{
    unsigned const status = problem.empty() ? 200U : 400U;
    return render_page(context,
        {.template_name = "mfa_enrol",
            .title_key = "mfa_title",
            .data
            = {{"qr_svg", qr_svg(enrolment.uri, context.text("mfa_qr_label"))}, {"secret", enrolment.secret_base32}},
            .breadcrumbs = {{context.text("account_title"), "/account"}},
            .current_navigation = "account",
            .problem = std::move(problem),
            .status = status});
}

} // namespace

Response show_account(RequestContext& context) { return render_page(context, account_page(context)); }

Result<Response> submit_password(RequestContext& context)
{
    auto const changed = context.services.app->accounts.change_password(context.actor,
        context.field("current_password"), context.field("new_password"), context.session->record.id_hash);
    if (!changed && is_server_side(changed.error()))
        return changed.error();
    auto page = account_page(context);
    if (!changed) {
        page.problem = changed.error().message();
        page.status = status_for(changed.error().kind());
    } else {
        page.notice = context.text("password_changed");
    }
    return render_page(context, std::move(page));
}

Result<Response> show_mfa_enrolment(RequestContext& context)
{
    if (context.session->user.totp_enabled)
        return Response::redirect("/account");
    auto enrolment = TRY(context.session->user.totp_secret ? context.services.app->mfa.pending(*context.session)
                                                           : context.services.app->mfa.begin(*context.session));
    return enrolment_page(context, enrolment, "");
}

Result<Response> submit_mfa_enrolment(RequestContext& context)
{
    auto const confirmed = context.services.app->mfa.confirm(*context.session, context.field("code"));
    if (!confirmed && confirmed.error().kind() == ErrorKind::Invalid) {
        auto const enrolment = context.services.app->mfa.pending(*context.session);
        if (enrolment)
            return enrolment_page(context, *enrolment, context.text("code_refused"));
    }
    if (!confirmed)
        return confirmed.error();
    // The session is complete now, under a new id; show the navigation of a signed-in user.
    if (auto refreshed = context.services.app->sessions.resolve(confirmed->session_token); refreshed && *refreshed) {
        context.session = std::move(**refreshed);
        context.actor = context.session->actor;
    }
    auto response = render_page(context,
        {.template_name = "recovery_codes",
            .title_key = "recovery_title",
            .data = {{"codes", confirmed->recovery_codes}},
            .breadcrumbs = {{context.text("account_title"), "/account"}},
            .current_navigation = "account"});
    response.add_header("Set-Cookie", session_cookie(context, session_cookie_name, confirmed->session_token));
    return response;
}

} // namespace bolwerk::web
