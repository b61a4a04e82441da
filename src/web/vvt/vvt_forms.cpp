#include "web/vvt/vvt_forms.hpp"

#include "app/authorisation.hpp"
#include "common/integer_text.hpp"
#include "common/text.hpp"
#include "domain/vvt/statement.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/vvt/vvt_pages.hpp"

namespace bolwerk::web {

namespace {

using nlohmann::json;

std::string vvt_path(OrganisationId id) { return "/organisaties/" + id.to_string() + "/vvt"; }

// The scope form edits each list as lines "name: description" (exclusions:
// "subject: reason"), which needs no script and works with any assistive technology.
std::string lines_of(std::vector<domain::vvt::ScopeItem> const& items)
{
    std::string text;
    for (auto const& item : items)
        text += item.name + (item.description.empty() ? "" : ": " + item.description) + "\n";
    return text;
}

std::string lines_of(std::vector<domain::vvt::ScopeExclusion> const& exclusions)
{
    std::string text;
    for (auto const& exclusion : exclusions)
        text += exclusion.subject + ": " + exclusion.reason + "\n";
    return text;
}

std::pair<std::string, std::string> split_line(std::string_view line)
{
    auto const colon = line.find(':');
    if (colon == std::string_view::npos)
        return {std::string(trim(line)), {}};
    return {std::string(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1)))};
}

std::vector<std::pair<std::string, std::string>> parse_lines(std::string const& text)
{
    std::vector<std::pair<std::string, std::string>> lines;
    for (auto const line : split(text, '\n')) {
        if (!trim(line).empty())
            lines.push_back(split_line(line));
    }
    return lines;
}

std::vector<domain::vvt::ScopeItem> items_field(RequestContext& context, std::string_view name)
{
    std::vector<domain::vvt::ScopeItem> items;
    for (auto& [item, description] : parse_lines(context.field(name)))
        items.push_back({std::move(item), std::move(description)});
    return items;
}

domain::vvt::IsmsScope scope_from_form(RequestContext& context)
{
    domain::vvt::IsmsScope scope;
    scope.statement = std::string(trim(context.field("statement")));
    scope.processes = items_field(context, "processes");
    scope.information_systems = items_field(context, "information_systems");
    scope.locations = items_field(context, "locations");
    scope.interfaces = items_field(context, "interfaces");
    for (auto& [subject, reason] : parse_lines(context.field("exclusions")))
        scope.exclusions.push_back({std::move(subject), std::move(reason)});
    return scope;
}

// The field of the form an error names ("locations[2].name" → "locations").
std::string form_field_of(Error const& error)
{
    auto field = error.location().field.value_or("");
    if (auto const bracket = field.find('['); bracket != std::string::npos)
        field.resize(bracket);
    if (field == "scope" || field.empty())
        return "processes";
    return field;
}

Response scope_form_page(RequestContext& context, OrganisationId id, json values, Error const* error)
{
    json errors = json::object();
    Page page{.template_name = "vvt_scope",
        .title_key = "vvt_scope_title",
        .breadcrumbs = {{context.text("vvt_title"), vvt_path(id)}},
        .current_navigation = "vvt"};
    if (error) {
        errors[form_field_of(*error)] = error->message();
        page.problem = context.text("form_has_errors") + " " + error->message();
        page.status = status_for(error->kind());
    }
    page.data = {{"organisation_id", id.to_string()}, {"values", std::move(values)}, {"errors", errors}};
    return render_page(context, std::move(page));
}

// The version the form was loaded with; -1 (never stored) makes a tampered field a Conflict.
std::int64_t expected_version(RequestContext& context)
{
    auto const text = context.field("version");
    return parse_integer(text).value_or(-1);
}

Response result_redirect(RequestContext& context, Result<std::string> location)
{
    if (!location)
        return error_page(context, location.error());
    return Response::redirect(*location);
}

Result<std::string> freeze(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto& service = *TRY(vvt_service(context));
    auto const summary = TRY(service.freeze(context.actor, id));
    return vvt_path(id) + "/versies/" + std::to_string(summary.number) + "?bevroren=1";
}

Result<std::string> approve(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, app::Permission::VvtApprove, id));
    auto const number = TRY(vvt_version_parameter(context));
    auto& service = *TRY(vvt_service(context));
    TRY(service.approve(context.actor, id, number));
    return vvt_path(id) + "/versies/" + std::to_string(number) + "?vastgesteld=1";
}

Result<std::string> publish(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, app::Permission::VvtPublish, id));
    auto const number = TRY(vvt_version_parameter(context));
    auto& service = *TRY(vvt_service(context));
    auto const version_path = vvt_path(id) + "/versies/" + std::to_string(number);
    // A version that may not be published (domain::vvt::check_publishable) goes back to
    // its page, which names what is missing in the page's language.
    if (auto const published = service.publish(context.actor, id, number); !published) {
        if (published.error().kind() != ErrorKind::Invalid)
            return published.error();
        auto const detail = TRY(service.version(context.actor, id, number));
        if (domain::vvt::check_publishable(detail.statement))
            return published.error(); // another refusal (e.g. publication switched off)
        return version_path;
    }
    return vvt_path(id) + "?gepubliceerd=" + std::to_string(number);
}

Result<std::string> unpublish(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto& service = *TRY(vvt_service(context));
    TRY(service.unpublish(context.actor, id));
    return vvt_path(id) + "?ingetrokken=1";
}

Result<std::string> publication_setting(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto& service = *TRY(vvt_service(context));
    auto const shown = context.field("openbaar");
    std::optional<bool> show_implementation;
    if (shown == "met-implementatie" || shown == "zonder-implementatie")
        show_implementation = shown == "met-implementatie";
    else if (!shown.empty())
        return Error::invalid("choose what the public page shows", {.field = "openbaar"});
    TRY(service.set_publication(
        context.actor, id, {.enabled = context.field("enabled") == "ja", .show_implementation = show_implementation}));
    return vvt_path(id) + "?instelling=1";
}

} // namespace

Result<Response> show_vvt_scope_form(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    if (auto const permitted = app::authorise(context.actor, app::Permission::VvtManage, id); !permitted)
        return permitted.error();
    auto service = vvt_service(context);
    auto const view = TRY(service ? (*service)->scope(context.actor, id) : Result<app::IsmsScopeView>(service.error()));
    auto const& scope = view.scope;
    json const values{{"statement", scope.statement}, {"processes", lines_of(scope.processes)},
        {"information_systems", lines_of(scope.information_systems)}, {"locations", lines_of(scope.locations)},
        {"interfaces", lines_of(scope.interfaces)}, {"exclusions", lines_of(scope.exclusions)},
        {"version", std::to_string(view.version)}};
    return scope_form_page(context, id, values, nullptr);
}

Result<Response> submit_vvt_scope(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    // Permission before input, so a refusal reveals nothing about the input rules.
    if (auto const permitted = app::authorise(context.actor, app::Permission::VvtManage, id); !permitted)
        return permitted.error();
    auto service = TRY(vvt_service(context));
    auto const saved = (service)->set_scope(context.actor, id, scope_from_form(context), expected_version(context));
    if (saved)
        return Response::redirect(vvt_path(id) + "?opgeslagen=1");
    if (saved.error().kind() != ErrorKind::Invalid && saved.error().kind() != ErrorKind::Conflict)
        return saved.error();
    json values = json::object();
    for (auto const& [name, value] : context.form())
        values[name] = value;
    return scope_form_page(context, id, values, &saved.error());
}

Response submit_vvt_freeze(RequestContext& context) { return result_redirect(context, freeze(context)); }
Response submit_vvt_approve(RequestContext& context) { return result_redirect(context, approve(context)); }
Response submit_vvt_publish(RequestContext& context) { return result_redirect(context, publish(context)); }
Response submit_vvt_unpublish(RequestContext& context) { return result_redirect(context, unpublish(context)); }
Response submit_vvt_publication_setting(RequestContext& context)
{
    return result_redirect(context, publication_setting(context));
}

} // namespace bolwerk::web
