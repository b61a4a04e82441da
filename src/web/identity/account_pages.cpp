#include "web/identity/account_pages.hpp"

#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/identity/qr_svg.hpp"

namespace bolwerk::web {

namespace {

using nlohmann::json;

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

// The page on which a user whose password was reset chooses a new one (issue #13 item 8).
Response new_password_page(RequestContext& context, Error const* error)
{
    json errors = json::object();
    auto summary = json::array();
    if (error) {
        auto const message
            = context.text(error->message().find("too common") != std::string::npos ? "new_password_too_common"
                                                                                    : "new_password_refused");
        errors["new_password"] = message;
        summary.push_back({{"field", "new_password"}, {"message", message}});
    }
    Page page{.template_name = "new_password",
        .title_key = "new_password_title",
        .data = {{"errors", errors}, {"summary", summary}, {"has_summary", !summary.empty()}},
        .current_navigation = "account"};
    if (error) {
        page.status = status_for(error->kind());
        page.problem = context.text("form_has_errors");
    }
    return render_page(context, std::move(page));
}

// The stage a session must pass before the new password: the second factor first.
std::optional<Response> not_yet(RequestContext const& context)
{
    using Stage = app::SessionState::Stage;
    if (context.session->stage == Stage::NeedsSecondFactor)
        return Response::redirect("/inloggen/code");
    if (context.session->stage == Stage::NeedsEnrolment)
        return Response::redirect("/account/mfa");
    if (!context.session->user.must_change_password)
        return Response::redirect("/account");
    return std::nullopt;
}

} // namespace

Result<Response> show_new_password(RequestContext& context)
{
    if (auto elsewhere = not_yet(context))
        return std::move(*elsewhere);
    return new_password_page(context, nullptr);
}

Result<Response> submit_new_password(RequestContext& context)
{
    if (auto elsewhere = not_yet(context))
        return std::move(*elsewhere);
    auto const set = context.services.app->accounts.set_required_password(
        context.actor, context.field("new_password"), context.session->record.id_hash);
    if (!set && set.error().kind() == ErrorKind::Invalid)
        return new_password_page(context, &set.error());
    if (!set)
        return set.error();
    return Response::redirect("/account?wachtwoord=gekozen");
}

Response show_account(RequestContext& context)
{
    auto page = account_page(context);
    if (form_value(parse_form(context.request.query), "wachtwoord") == "gekozen")
        page.notice = context.text("new_password_chosen");
    return render_page(context, std::move(page));
}

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
