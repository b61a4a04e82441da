#include "web/organisation/api_token_pages.hpp"

#include "app/authorisation.hpp"
#include "common/integer_text.hpp"
#include "common/local_time_format.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"

#include <algorithm>

namespace bolwerk::web {

namespace {

using nlohmann::json;

constexpr std::int64_t default_validity_days = 90;

std::string tokens_path(OrganisationId id) { return "/organisaties/" + id.to_string() + "/api-tokens"; }

std::string status_of(domain::ApiToken const& token, Timestamp now)
{
    if (token.revoked)
        return "revoked";
    return token.expires_at <= now ? "expired" : "active";
}

json token_rows(RequestContext const& context, std::vector<domain::ApiToken> tokens, Timestamp now)
{
    // Newest first: the one just issued or about to expire is what one looks for.
    std::sort(tokens.begin(), tokens.end(), [](auto const& a, auto const& b) { return a.id > b.id; });
    auto rows = json::array();
    for (auto const& token : tokens) {
        auto const status = status_of(token, now);
        rows.push_back({{"id", std::to_string(token.id)}, {"name", token.name},
            {"role", context.text("api_token_role_" + std::string(domain::to_string(token.role)))},
            {"created_at", format_local_date_time(token.created_at, context.language, ZoneLabel::Abbreviation)},
            {"expires_at", format_local_date_time(token.expires_at, context.language, ZoneLabel::Abbreviation)},
            {"status", context.text("api_token_status_" + status)}, {"active", status == "active"}});
    }
    return rows;
}

// The form's field for an error of the use case, and its message in the UI language.
std::pair<std::string, std::string> refusal(RequestContext const& context, Error const& error)
{
    auto const field = error.location().field.value_or("name");
    for (std::string_view const known : {"name", "role", "valid_days"}) {
        if (field == known)
            return {field, context.text("api_token_refusal_" + field)};
    }
    return {"name", error.message()};
}

struct Shown {
    json values = json::object();
    Error const* error = nullptr;
    std::string secret; ///< Only on the answer to an issue.
    std::string notice;
};

Result<Response> tokens_page(RequestContext& context, OrganisationId id, Shown shown)
{
    auto const tokens = TRY(context.services.app->api_tokens.list(context.actor, id));
    auto const chosen_role = shown.values.value("role", std::string("auditor"));
    auto roles = json::array();
    for (auto const role : domain::all_roles) {
        auto const name = std::string(domain::to_string(role));
        roles.push_back(
            {{"value", name}, {"label", context.text("api_token_role_" + name)}, {"selected", name == chosen_role}});
    }
    if (!shown.values.contains("valid_days"))
        shown.values["valid_days"] = std::to_string(default_validity_days);
    json errors = json::object();
    auto summary = json::array();
    if (shown.error) {
        auto const [field, message] = refusal(context, *shown.error);
        errors[field] = message;
        summary.push_back({{"field", field}, {"message", message}});
    }
    Page page{.template_name = "api_tokens",
        .title_key = "api_tokens_title",
        .data
        = {{"organisation_id", id.to_string()}, {"tokens", token_rows(context, tokens, context.services.clock.now())},
            {"has_tokens", !tokens.empty()}, {"roles", roles}, {"values", shown.values}, {"errors", errors},
            {"summary", summary}, {"has_summary", !summary.empty()}, {"secret", shown.secret}},
        .breadcrumbs = {{context.text("members_title"), "/organisaties/" + id.to_string() + "/gebruikers"}},
        .current_navigation = "members",
        .notice = std::move(shown.notice)};
    if (shown.error) {
        page.status = status_for(shown.error->kind());
        page.problem = context.text("form_has_errors");
    }
    auto response = render_page(context, std::move(page));
    if (!shown.secret.empty())
        response.set_header("Cache-Control", "no-store"); // the secret must not stay in a cache
    return response;
}

} // namespace

Result<Response> show_api_tokens(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, app::Permission::ApiTokenManage, id));
    auto const revoked = form_value(parse_form(context.request.query), "ingetrokken").has_value();
    return tokens_page(context, id, {.notice = revoked ? context.text("api_token_revoked") : std::string()});
}

Result<Response> submit_api_token(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    // Permission before input, so a refusal reveals nothing about the input rules.
    TRY(app::authorise(context.actor, app::Permission::ApiTokenManage, id));
    json values{
        {"name", context.field("name")}, {"role", context.field("role")}, {"valid_days", context.field("valid_days")}};
    auto const role = domain::parse_role(context.field("role"));
    auto const days = parse_integer(context.field("valid_days"));
    Result<app::IssuedApiToken> issued = Error::invalid("choose a role", {.field = "role"});
    if (!days)
        issued = Error::invalid("the validity must be a whole number of days", {.field = "valid_days"});
    else if (role)
        issued = context.services.app->api_tokens.issue(context.actor, id, *role, context.field("name"),
            std::chrono::days(std::clamp<std::int64_t>(*days, -1, 10'000)));
    if (!issued) {
        if (issued.error().kind() != ErrorKind::Invalid)
            return issued.error();
        return tokens_page(context, id, {.values = std::move(values), .error = &issued.error()});
    }
    // Shown in this answer only (not after a redirect: the secret never goes into a URL).
    return tokens_page(context, id, {.secret = issued->secret, .notice = context.text("api_token_issued")});
}

Result<Response> submit_api_token_revoke(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, app::Permission::ApiTokenManage, id));
    auto const text = context.parameters.get("token").value_or("");
    auto const token = parse_integer(text);
    if (!token)
        return Error::not_found("API token '" + std::string(text) + "' does not exist");
    TRY(context.services.app->api_tokens.revoke(context.actor, id, *token));
    return Response::redirect(tokens_path(id) + "?ingetrokken=1");
}

} // namespace bolwerk::web
