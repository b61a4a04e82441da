#include "web/organisation/organisation_api.hpp"

#include "app/audit_trail.hpp"
#include "app/authorisation.hpp"
#include "common/integer_text.hpp"
#include "web/core/api_support.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/http/problem.hpp"

#include <limits>

namespace bolwerk::web {

namespace {

constexpr std::int64_t default_page_size = 20;
constexpr std::int64_t max_page_size = 100;

Response organisation_response(unsigned status, domain::Organisation const& organisation)
{
    auto response = json_response(status, app::organisation_to_json(organisation));
    response.set_header("ETag", etag_for(organisation.version));
    return response;
}

Result<app::OrganisationInput> merged_input(domain::Organisation const& current, nlohmann::json const& body)
{
    app::OrganisationInput input{current.name, std::string(domain::to_string(current.kind)),
        current.oin ? std::optional(current.oin->value()) : std::nullopt,
        current.kvk_number ? std::optional(current.kvk_number->value()) : std::nullopt};
    if (auto const name = TRY(string_member(body, "name")))
        input.name = *name;
    if (auto const kind = TRY(string_member(body, "kind")))
        input.kind = *kind;
    if (body.contains("oin"))
        input.oin = TRY(string_member(body, "oin"));
    if (body.contains("kvk_number"))
        input.kvk_number = TRY(string_member(body, "kvk_number"));
    return input;
}

Result<Response> patch_organisation(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto const current = TRY(context.services.app->organisations.show(context.actor, id));
    // Permission before preconditions and input, so a refusal reveals nothing more.
    TRY(app::authorise(context.actor, app::Permission::OrganisationUpdate, id));
    if (!context.request.header("if-match"))
        return problem_response(428, "Precondition required", "send If-Match with the ETag from a GET");
    auto const expected = TRY(if_match_version(context));
    if (expected != current.version)
        return problem_response(412, "Precondition failed", "the organisation was changed; GET it again");
    auto const body = TRY(json_body(context));
    auto const input = TRY(merged_input(current, body));
    auto const updated = context.services.app->organisations.update(context.actor, id, input, expected);
    if (!updated && updated.error().kind() == ErrorKind::Conflict
        && updated.error().message().find("changed by someone else") != std::string::npos)
        return problem_response(412, "Precondition failed", updated.error().message());
    if (!updated)
        return updated.error();
    return organisation_response(200, *updated);
}

Result<Response> create_token(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, app::Permission::ApiTokenManage, id));
    auto const body = TRY(json_body(context));
    auto const name = TRY(string_member(body, "name")).value_or("");
    auto const role_name = TRY(string_member(body, "role")).value_or("");
    auto const role = TRY(domain::parse_role(role_name));
    auto const days = body.value("valid_days", nlohmann::json(90));
    if (!days.is_number_integer())
        return Error::invalid("'valid_days' must be a whole number", {.field = "valid_days"});
    auto const issued = TRY(context.services.app->api_tokens.issue(
        context.actor, id, role, name, std::chrono::days(days.get<std::int64_t>())));
    return json_response(201,
        {{"id", issued.record.id}, {"name", issued.record.name}, {"role", domain::to_string(issued.record.role)},
            {"expires_at", format_timestamp(issued.record.expires_at)}, {"token", issued.secret}});
}

} // namespace

Response api_list_organisations(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const limit = TRY(query_number(context, "limit", default_page_size, 1, max_page_size));
        auto const offset = TRY(query_number(context, "offset", 0, 0, std::numeric_limits<std::int32_t>::max()));
        auto const organisations = TRY(context.services.app->organisations.list(context.actor));
        auto items = nlohmann::json::array();
        for (auto i = static_cast<std::size_t>(offset);
             i < organisations.size() && items.size() < static_cast<std::size_t>(limit); ++i)
            items.push_back(app::organisation_to_json(organisations[i]));
        nlohmann::json page{{"items", items}, {"total", organisations.size()}, {"limit", limit}, {"offset", offset}};
        if (static_cast<std::size_t>(offset + limit) < organisations.size())
            page["next"]
                = "/api/v1/organisations?limit=" + std::to_string(limit) + "&offset=" + std::to_string(offset + limit);
        return json_response(200, page);
    }());
}

Response api_get_organisation(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        auto const organisation = TRY(context.services.app->organisations.show(context.actor, id));
        if (context.request.header("if-none-match")
            == std::optional<std::string_view>(etag_for(organisation.version))) {
            Response not_modified;
            not_modified.status = 304;
            not_modified.set_header("ETag", etag_for(organisation.version));
            return not_modified;
        }
        return organisation_response(200, organisation);
    }());
}

Response api_patch_organisation(RequestContext& context) { return respond(patch_organisation(context)); }

Response api_list_members(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        auto const members = TRY(context.services.app->accounts.members(context.actor, id));
        auto items = nlohmann::json::array();
        for (auto const& member : members) {
            auto roles = nlohmann::json::array();
            for (auto const role : member.roles)
                roles.push_back(domain::to_string(role));
            items.push_back({{"id", member.id.value()}, {"email", member.email}, {"display_name", member.display_name},
                {"mfa_enabled", member.mfa_enabled}, {"roles", roles}});
        }
        return json_response(200, {{"items", items}});
    }());
}

Response api_list_audit_events(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        auto const limit = TRY(query_number(context, "limit", default_page_size, 1, app::max_audit_page_size));
        auto const after = TRY(query_number(context, "after", 0, 0, std::numeric_limits<std::int64_t>::max()));
        auto const page = TRY(context.services.app->audit_events(context.actor, id, after, limit));
        auto items = nlohmann::json::array();
        for (auto const& event : page.events)
            items.push_back(app::audit_event_to_json(event));
        nlohmann::json body{{"items", items}};
        if (page.next_after) {
            body["next"] = "/api/v1/organisations/" + id.to_string() + "/audit-events?limit=" + std::to_string(limit)
                + "&after=" + std::to_string(*page.next_after);
        }
        return json_response(200, body);
    }());
}

Response api_list_tokens(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        auto const tokens = TRY(context.services.app->api_tokens.list(context.actor, id));
        auto items = nlohmann::json::array();
        for (auto const& token : tokens) {
            items.push_back({{"id", token.id}, {"name", token.name}, {"role", domain::to_string(token.role)},
                {"user_id", token.user.value()}, {"expires_at", format_timestamp(token.expires_at)},
                {"revoked", token.revoked}});
        }
        return json_response(200, {{"items", items}});
    }());
}

Response api_create_token(RequestContext& context) { return respond(create_token(context)); }

Response api_revoke_token(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        auto const text = context.parameters.get("token").value_or("");
        auto const token = parse_integer(text);
        if (!token)
            return Error::not_found("API token '" + std::string(text) + "' does not exist");
        TRY(context.services.app->api_tokens.revoke(context.actor, id, *token));
        Response response;
        response.status = 204;
        return response;
    }());
}

} // namespace bolwerk::web
