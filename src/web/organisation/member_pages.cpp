#include "web/organisation/member_pages.hpp"

#include "app/authorisation.hpp"
#include "common/integer_text.hpp"
#include "common/local_time_format.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"

namespace bolwerk::web {

namespace {

using nlohmann::json;

struct Target {
    OrganisationId organisation{0};
    UserId user{0};
};

Result<Target> target_of(RequestContext const& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    auto const text = context.parameters.get("user").value_or("");
    auto const user = parse_integer(text);
    if (!user || *user <= 0)
        return Error::not_found("user '" + std::string(text) + "' does not exist");
    return Target{organisation, UserId(*user)};
}

std::string member_path(Target const& target)
{
    return "/organisaties/" + target.organisation.to_string() + "/gebruikers/" + target.user.to_string();
}

std::string role_label(RequestContext const& context, domain::Role role)
{
    return context.text("api_token_role_" + std::string(domain::to_string(role)));
}

std::string local_time(RequestContext const& context, std::optional<Timestamp> time)
{
    return time ? format_local_date_time(*time, context.language, ZoneLabel::Abbreviation) : std::string();
}

json member_json(RequestContext const& context, app::MemberDetail const& detail)
{
    auto const& user = detail.user;
    auto roles = json::array();
    std::string roles_text;
    for (auto const role : detail.roles) {
        roles.push_back({{"value", domain::to_string(role)}, {"label", role_label(context, role)}});
        roles_text += (roles_text.empty() ? "" : ", ") + role_label(context, role);
    }
    return {{"id", user.id.to_string()}, {"display_name", user.display_name}, {"email", user.email},
        {"mfa_enabled", user.totp_enabled}, {"disabled", user.disabled},
        {"disabled_at", local_time(context, user.disabled_at)}, {"disabled_by", detail.disabled_by_name.value_or("")},
        {"must_change_password", user.must_change_password},
        {"last_sign_in", local_time(context, user.last_sign_in_at)}, {"roles", roles}, {"roles_text", roles_text}};
}

// A use case's refusal in the UI language; other messages as they are.
std::string refusal_text(RequestContext const& context, Error const& error)
{
    auto const& message = error.message();
    for (auto const& [part, key] : {std::pair{"last beheerder", "member_refusal_last_beheerder"},
             std::pair{"your own account", "member_refusal_self"},
             std::pair{"disabled already", "member_refusal_disabled_already"},
             std::pair{"not disabled", "member_refusal_not_disabled"},
             std::pair{"does not have this role", "member_refusal_no_role"}}) {
        if (message.find(part) != std::string::npos)
            return context.text(key);
    }
    return message;
}

struct Shown {
    std::string notice;
    Error const* error = nullptr;
    std::string temporary_password; ///< Only in the answer to a reset.
};

Result<Response> member_page(RequestContext& context, Target const& target, Shown const& shown)
{
    auto const detail = TRY(context.services.app->accounts.member(context.actor, target.organisation, target.user));
    bool const can_manage = app::authorise(context.actor, app::Permission::MemberManage, target.organisation)
        && context.actor.user_id != target.user;
    Page page{.template_name = "member",
        .title_key = "member_title",
        .data = {{"organisation_id", target.organisation.to_string()}, {"member", member_json(context, detail)},
            {"action_base", member_path(target)}, {"can_manage", can_manage},
            {"is_self", context.actor.user_id == target.user}, {"temporary_password", shown.temporary_password}},
        .breadcrumbs
        = {{context.text("members_title"), "/organisaties/" + target.organisation.to_string() + "/gebruikers"}},
        .current_navigation = "members",
        .notice = shown.notice};
    if (shown.error) {
        page.problem = refusal_text(context, *shown.error);
        page.status = status_for(shown.error->kind());
    }
    auto response = render_page(context, std::move(page));
    if (!shown.temporary_password.empty())
        response.set_header("Cache-Control", "no-store"); // the password must not stay in a cache
    return response;
}

// Runs one action on the member; a refusal the beheerder can act on (Conflict, Invalid)
// is shown on the member page, anything else as an error page.
template <typename Action>
Result<Response> act_on_member(RequestContext& context, std::string_view done, Action&& action)
{
    auto const target = TRY(target_of(context));
    // Permission before anything else, so a refusal reveals nothing about the member.
    TRY(app::authorise(context.actor, app::Permission::MemberManage, target.organisation));
    auto const result = action(target);
    if (!result) {
        auto const kind = result.error().kind();
        if (kind != ErrorKind::Conflict && kind != ErrorKind::Invalid)
            return result.error();
        return member_page(context, target, {.error = &result.error()});
    }
    return Response::redirect(member_path(target) + "?gedaan=" + std::string(done));
}

} // namespace

Result<Response> show_member(RequestContext& context)
{
    auto const target = TRY(target_of(context));
    auto const done = form_value(parse_form(context.request.query), "gedaan").value_or("");
    std::string notice;
    for (std::string_view const known : {"uitgeschakeld", "ingeschakeld", "rol-ingetrokken"}) {
        if (done == known)
            notice = context.text("member_done_" + std::string(known));
    }
    return member_page(context, target, {.notice = notice});
}

Result<Response> submit_member_disable(RequestContext& context)
{
    return act_on_member(context, "uitgeschakeld", [&](Target const& target) {
        return context.services.app->accounts.disable_user(context.actor, target.organisation, target.user);
    });
}

Result<Response> submit_member_enable(RequestContext& context)
{
    return act_on_member(context, "ingeschakeld", [&](Target const& target) {
        return context.services.app->accounts.enable_user(context.actor, target.organisation, target.user);
    });
}

Result<Response> submit_member_revoke_role(RequestContext& context)
{
    return act_on_member(context, "rol-ingetrokken", [&](Target const& target) -> Result<void> {
        auto const role = domain::parse_role(context.field("role"));
        if (!role)
            return Error::invalid(context.text("member_refusal_no_role"), {.field = "role"});
        return context.services.app->accounts.revoke_role(
            context.actor, target.user, domain::Membership{target.organisation, *role});
    });
}

Result<Response> submit_member_password_reset(RequestContext& context)
{
    auto const target = TRY(target_of(context));
    TRY(app::authorise(context.actor, app::Permission::MemberManage, target.organisation));
    auto const reset = context.services.app->accounts.reset_password(context.actor, target.organisation, target.user);
    if (!reset) {
        if (reset.error().kind() != ErrorKind::Conflict)
            return reset.error();
        return member_page(context, target, {.error = &reset.error()});
    }
    // Shown in this answer only (never after a redirect: the password never goes into a URL).
    return member_page(
        context, target, {.notice = context.text("member_done_password_reset"), .temporary_password = *reset});
}

} // namespace bolwerk::web
