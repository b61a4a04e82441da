#include "web/vvt/vvt_api.hpp"

#include "app/authorisation.hpp"
#include "app/vvt/vvt_json.hpp"
#include "common/integer_text.hpp"
#include "common/json_text.hpp"
#include "domain/vvt/statement_diff.hpp"
#include "report/vvt/vvt_json.hpp"
#include "web/core/api_support.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/http/problem.hpp"
#include "web/vvt/vvt_pages.hpp"

#include <nlohmann/json.hpp>

// The VvT API under /api/v1/organisations/{organisation}/vvt (issue #5). Thin: each
// handler parses its input, calls one VvtService use case and writes JSON.
namespace bolwerk::web {

namespace {

using nlohmann::json;

json scope_json(app::IsmsScopeView const& view)
{
    auto body = app::isms_scope_to_json(view.scope);
    body["version"] = view.version;
    body["updated_at"] = view.updated_at ? json(format_timestamp(*view.updated_at)) : json(nullptr);
    return body;
}

json publication_json(app::VvtPublicationState const& state)
{
    auto history = json::array();
    for (auto const& period : state.history) {
        history.push_back({{"version", period.version_number}, {"published_at", format_timestamp(period.published_at)},
            {"published_by", period.published_by},
            {"unpublished_at", period.unpublished_at ? json(format_timestamp(*period.unpublished_at)) : json(nullptr)},
            {"unpublished_by", period.unpublished_at ? json(period.unpublished_by) : json(nullptr)}});
    }
    return {{"enabled", state.enabled}, {"show_implementation", state.show_implementation},
        {"published_version", state.current ? json(state.current->version_number) : json(nullptr)},
        {"history", history}};
}

json diff_json(domain::vvt::StatementDiff const& diff)
{
    auto changes = json::array();
    for (auto const& change : diff.changes) {
        auto fields = json::array();
        for (auto const& field : change.fields)
            fields.push_back({{"field", field.field}, {"before", field.before}, {"after", field.after}});
        changes.push_back({{"part", domain::vvt::to_string(change.part)}, {"key", change.key},
            {"kind", domain::vvt::to_string(change.kind)}, {"fields", fields}});
    }
    return changes;
}

Result<std::int64_t> body_version(json const& body)
{
    auto const found = body.find("version");
    if (found == body.end() || !found->is_number_integer())
        return Error::invalid("'version' must be the version of the scope that was read (0 for the first)",
            {.source = "body", .field = "version"});
    return found->get<std::int64_t>();
}

} // namespace

Response api_vvt_preview(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        auto& service = *TRY(vvt_service(context));
        auto const preview = TRY(service.preview(context.actor, id));
        return Response::text(200, report::vvt::statement_json(preview), "application/json");
    }());
}

Response api_vvt_get_scope(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        auto& service = *TRY(vvt_service(context));
        return json_response(200, scope_json(TRY(service.scope(context.actor, id))));
    }());
}

Response api_vvt_put_scope(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        // Permission before input, so a refusal reveals nothing about the input rules.
        TRY(app::authorise(context.actor, app::Permission::VvtManage, id));
        auto& service = *TRY(vvt_service(context));
        auto const body = TRY(json_body(context));
        auto const scope = TRY(app::isms_scope_from_json(body));
        auto const saved = TRY(service.set_scope(context.actor, id, scope, TRY(body_version(body))));
        return json_response(200, scope_json(saved));
    }());
}

Response api_vvt_list_versions(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        auto& service = *TRY(vvt_service(context));
        auto items = json::array();
        for (auto const& summary : TRY(service.versions(context.actor, id)))
            items.push_back(vvt_summary_json(summary));
        return json_response(200, {{"items", items}});
    }());
}

Response api_vvt_freeze(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        // Permission before input, so a refusal reveals nothing about the input rules.
        TRY(app::authorise(context.actor, app::Permission::VvtManage, id));
        auto& service = *TRY(vvt_service(context));
        return json_response(201, vvt_summary_json(TRY(service.freeze(context.actor, id))));
    }());
}

Response api_vvt_get_version(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        // Permission before input, so a refusal reveals nothing about the input rules.
        TRY(app::authorise(context.actor, vvt_read_permission, id));
        auto const number = TRY(vvt_version_parameter(context));
        auto& service = *TRY(vvt_service(context));
        auto const detail = TRY(service.version(context.actor, id, number));
        auto body = vvt_summary_json(detail.summary);
        body["previous"] = detail.previous_number ? json(*detail.previous_number) : json(nullptr);
        body["changes"] = diff_json(detail.diff);
        return json_response(200, body);
    }());
}

Response api_vvt_approve(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        // Permission before input, so a refusal reveals nothing about the input rules.
        TRY(app::authorise(context.actor, app::Permission::VvtApprove, id));
        auto const number = TRY(vvt_version_parameter(context));
        auto& service = *TRY(vvt_service(context));
        return json_response(200, vvt_summary_json(TRY(service.approve(context.actor, id, number))));
    }());
}

Response api_vvt_publish(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        // Permission before input, so a refusal reveals nothing about the input rules.
        TRY(app::authorise(context.actor, app::Permission::VvtPublish, id));
        auto const number = TRY(vvt_version_parameter(context));
        auto& service = *TRY(vvt_service(context));
        return json_response(200, publication_json(TRY(service.publish(context.actor, id, number))));
    }());
}

Response api_vvt_get_publication(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        auto& service = *TRY(vvt_service(context));
        return json_response(200, publication_json(TRY(service.publication(context.actor, id))));
    }());
}

Response api_vvt_put_publication(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        // Permission before input, so a refusal reveals nothing about the input rules.
        TRY(app::authorise(context.actor, app::Permission::VvtPublish, id));
        auto& service = *TRY(vvt_service(context));
        auto const body = TRY(json_body(context));
        auto const enabled = body.find("enabled");
        if (enabled == body.end() || !enabled->is_boolean())
            return Error::invalid("'enabled' must be true or false", {.source = "body", .field = "enabled"});
        std::optional<bool> show_implementation;
        if (auto const shown = body.find("show_implementation"); shown != body.end()) {
            if (!shown->is_boolean())
                return Error::invalid(
                    "'show_implementation' must be true or false", {.source = "body", .field = "show_implementation"});
            show_implementation = shown->get<bool>();
        }
        return json_response(200,
            publication_json(TRY(service.set_publication(
                context.actor, id, {.enabled = enabled->get<bool>(), .show_implementation = show_implementation}))));
    }());
}

Response api_vvt_unpublish(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        // Permission before input, so a refusal reveals nothing about the input rules.
        TRY(app::authorise(context.actor, app::Permission::VvtPublish, id));
        auto& service = *TRY(vvt_service(context));
        return json_response(200, publication_json(TRY(service.unpublish(context.actor, id))));
    }());
}

Response api_vvt_export(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        auto const query = parse_form(context.request.query);
        auto const format = TRY(app::parse_vvt_format(form_value(query, "format").value_or("json")));
        std::optional<std::int64_t> number;
        if (auto const text = form_value(query, "version")) {
            auto const value = parse_integer(*text).value_or(0);
            if (value <= 0)
                return Error::invalid("'version' must be a version number", {.source = "query", .field = "version"});
            number = value;
        }
        auto& service = *TRY(vvt_service(context));
        auto file = TRY(service.export_vvt(context.actor, id, format, number));
        auto response = Response::text(200, std::move(file.content), file.content_type);
        response.set_header("Content-Disposition", "attachment; filename=\"" + file.file_name + "\"");
        return response;
    }());
}

} // namespace bolwerk::web
