#include "web/organisation/member_api.hpp"

#include "app/authorisation.hpp"
#include "common/integer_text.hpp"
#include "web/core/api_support.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/http/problem.hpp"

namespace bolwerk::web {

namespace {

struct Target {
    OrganisationId organisation{0};
    UserId user{0};
};

// Permission first, then the path's user, so a refusal reveals nothing about users.
Result<Target> authorised_target(RequestContext const& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, app::Permission::MemberManage, organisation));
    auto const text = context.parameters.get("user").value_or("");
    auto const user = parse_integer(text);
    if (!user || *user <= 0)
        return Error::not_found("user '" + std::string(text) + "' does not exist");
    return Target{organisation, UserId(*user)};
}

Response no_content()
{
    Response response;
    response.status = 204;
    return response;
}

} // namespace

Response api_disable_member(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const target = TRY(authorised_target(context));
        TRY(context.services.app->accounts.disable_user(context.actor, target.organisation, target.user));
        return no_content();
    }());
}

Response api_enable_member(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const target = TRY(authorised_target(context));
        TRY(context.services.app->accounts.enable_user(context.actor, target.organisation, target.user));
        return no_content();
    }());
}

Response api_reset_member_password(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const target = TRY(authorised_target(context));
        auto const temporary
            = TRY(context.services.app->accounts.reset_password(context.actor, target.organisation, target.user));
        auto response = json_response(
            200, {{"user_id", target.user.value()}, {"temporary_password", temporary}, {"must_change_password", true}});
        response.set_header("Cache-Control", "no-store");
        return response;
    }());
}

Response api_revoke_member_role(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const target = TRY(authorised_target(context));
        auto const role = TRY(domain::parse_role(context.parameters.get("role").value_or("")));
        TRY(context.services.app->accounts.revoke_role(
            context.actor, target.user, domain::Membership{target.organisation, role}));
        return no_content();
    }());
}

} // namespace bolwerk::web
