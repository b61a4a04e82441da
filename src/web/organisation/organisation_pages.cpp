#include "web/organisation/organisation_pages.hpp"

#include "app/authorisation.hpp"
#include "app/member_invitation.hpp"
#include "common/integer_text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"

#include <array>

namespace bolwerk::web {

namespace {

constexpr std::array organisation_kinds{"rijk", "provincie", "gemeente", "waterschap", "zbo", "other"};

std::int64_t number_or(std::string_view text, std::int64_t fallback) { return parse_integer(text).value_or(fallback); }

Page organisation_page(RequestContext& context, domain::Organisation const& organisation)
{
    auto json = app::organisation_to_json(organisation);
    auto kinds = nlohmann::json::array();
    for (auto const* kind : organisation_kinds) {
        kinds.push_back({{"value", kind}, {"label", context.text("kind_" + std::string(kind))},
            {"selected", domain::to_string(organisation.kind) == kind}});
    }
    json["version"] = std::to_string(organisation.version);
    json["id"] = std::to_string(organisation.id.value());
    bool const can_edit
        = app::authorise(context.actor, app::Permission::OrganisationUpdate, organisation.id).has_value();
    bool const can_create = app::authorise(context.actor, app::Permission::OrganisationCreate).has_value();
    return {.template_name = "organisation",
        .title_key = "organisation_title",
        .data = {{"organisation", json}, {"kinds", kinds}, {"can_edit", can_edit}, {"can_create", can_create}},
        .current_navigation = "organisation"};
}

// The form for a new organisation, with the input kept and an error at its field.
Response new_organisation_page(RequestContext& context, nlohmann::json const& values, Error const* error)
{
    auto kinds = nlohmann::json::array();
    auto const chosen = values.value("kind", std::string("gemeente"));
    for (auto const* kind : organisation_kinds) {
        kinds.push_back(
            {{"value", kind}, {"label", context.text("kind_" + std::string(kind))}, {"selected", chosen == kind}});
    }
    auto errors = nlohmann::json::object();
    auto summary = nlohmann::json::array();
    if (error) {
        auto field = error->location().field.value_or("name");
        if (field != "kind" && field != "oin" && field != "kvk_number")
            field = "name";
        auto const message = error->kind() == ErrorKind::Conflict ? context.text("organisation_new_taken")
                                                                  : context.text("organisation_new_refusal_" + field);
        errors[field] = message;
        summary.push_back({{"field", field}, {"message", message}});
    }
    Page page{.template_name = "organisation_new",
        .title_key = "organisation_new_title",
        .data = {{"values", values}, {"kinds", kinds}, {"errors", errors}, {"summary", summary},
            {"has_summary", !summary.empty()}},
        .current_navigation = "organisation"};
    if (error) {
        page.status = status_for(error->kind());
        page.problem = context.text("form_has_errors");
    }
    return render_page(context, std::move(page));
}

std::optional<std::string> optional_field(RequestContext& context, std::string_view name)
{
    auto value = context.field(name);
    if (value.empty())
        return std::nullopt;
    return value;
}

} // namespace

Result<Response> switch_organisation(RequestContext& context)
{
    auto const id = number_or(context.field("organisation"), 0);
    TRY(context.services.app->sessions.switch_organisation(*context.session, OrganisationId(id)));
    return Response::redirect("/organisaties/" + std::to_string(id));
}

Result<Response> show_organisation(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto const organisation = TRY(context.services.app->organisations.show(context.actor, id));
    auto page = organisation_page(context, organisation);
    if (form_value(parse_form(context.request.query), "aangemaakt"))
        page.notice = context.text("organisation_new_created");
    return render_page(context, std::move(page));
}

Result<Response> show_new_organisation(RequestContext& context)
{
    TRY(app::authorise(context.actor, app::Permission::OrganisationCreate));
    return new_organisation_page(context, nlohmann::json::object(), nullptr);
}

Result<Response> submit_new_organisation(RequestContext& context)
{
    // Permission before input, so a refusal reveals nothing about the input rules.
    TRY(app::authorise(context.actor, app::Permission::OrganisationCreate));
    nlohmann::json const values{{"name", context.field("name")}, {"kind", context.field("kind")},
        {"oin", context.field("oin")}, {"kvk_number", context.field("kvk_number")}};
    app::OrganisationInput const input{context.field("name"), context.field("kind"), optional_field(context, "oin"),
        optional_field(context, "kvk_number")};
    auto const created = context.services.app->organisations.create(context.actor, input);
    if (!created) {
        auto const kind = created.error().kind();
        if (kind != ErrorKind::Invalid && kind != ErrorKind::Conflict)
            return created.error();
        return new_organisation_page(context, values, &created.error());
    }
    return Response::redirect("/organisaties/" + created->id.to_string() + "?aangemaakt=1");
}

Result<Response> submit_organisation(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    app::OrganisationInput const input{context.field("name"), context.field("kind"), optional_field(context, "oin"),
        optional_field(context, "kvk_number")};
    auto const updated
        = context.services.app->organisations.update(context.actor, id, input, number_or(context.field("version"), -1));
    if (updated) {
        auto page = organisation_page(context, *updated);
        page.notice = context.text("saved");
        return render_page(context, std::move(page));
    }
    auto const current = context.services.app->organisations.show(context.actor, id);
    if (!current || updated.error().kind() == ErrorKind::Forbidden || updated.error().kind() == ErrorKind::NotFound
        || is_server_side(updated.error()))
        return updated.error();
    auto page = organisation_page(context, *current);
    page.problem = updated.error().kind() == ErrorKind::Conflict
            && updated.error().message().find("changed by") != std::string::npos
        ? context.text("stale")
        : updated.error().message();
    page.status = status_for(updated.error().kind());
    return render_page(context, std::move(page));
}

Result<Response> show_members(RequestContext& context)
{
    auto const id = organisation_parameter(context);
    if (!id)
        return id.error();
    auto const members = context.services.app->accounts.members(context.actor, *id);
    if (!members)
        return members.error();
    auto rows = nlohmann::json::array();
    for (auto const& member : *members) {
        std::string roles;
        for (auto const role : member.roles)
            roles += (roles.empty() ? "" : ", ") + std::string(domain::to_string(role));
        rows.push_back({{"id", member.id.to_string()}, {"display_name", member.display_name}, {"email", member.email},
            {"mfa_enabled", member.mfa_enabled}, {"disabled", member.disabled}, {"roles", roles},
            {"organisation_id", id->to_string()}});
    }
    auto role_names = nlohmann::json::array();
    for (auto const role : domain::all_roles)
        role_names.push_back(domain::to_string(role));
    bool const can_manage = app::authorise(context.actor, app::Permission::MemberManage, *id).has_value();
    return render_page(context,
        {.template_name = "members",
            .title_key = "members_title",
            .data = {{"members", rows}, {"roles", role_names}, {"can_manage", can_manage},
                {"can_manage_tokens", app::authorise(context.actor, app::Permission::ApiTokenManage, *id).has_value()},
                {"organisation_id", id->to_string()}},
            .current_navigation = "members"});
}

Result<Response> submit_member(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    // Permission before input, so a refusal reveals nothing about the input rules.
    if (auto const allowed = app::authorise(context.actor, app::Permission::MemberManage, id); !allowed)
        return allowed.error();
    auto const role = TRY(domain::parse_role(context.field("role")));
    // An address with an account elsewhere gets the same answer as a new one (issue #10).
    auto& invitations = context.services.app->invitations;
    TRY(invitations.invite(context.actor,
        {.email = context.field("email"),
            .display_name = context.field("display_name"),
            .password = context.field("password"),
            .membership = domain::Membership{id, role}}));
    return Response::redirect("/organisaties/" + id.to_string() + "/gebruikers");
}

Result<Response> submit_role(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    if (auto const allowed = app::authorise(context.actor, app::Permission::MemberManage, id); !allowed)
        return allowed.error();
    auto const role = TRY(domain::parse_role(context.field("role")));
    UserId const user(number_or(context.field("user_id"), 0));
    domain::Membership const membership{id, role};
    TRY(context.field("action") == "revoke"
            ? context.services.app->accounts.revoke_role(context.actor, user, membership)
            : context.services.app->accounts.grant_role(context.actor, user, membership));
    return Response::redirect("/organisaties/" + id.to_string() + "/gebruikers");
}

} // namespace bolwerk::web
