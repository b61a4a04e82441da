#include "web/vvt/vvt_pages.hpp"

#include "app/authorisation.hpp"
#include "app/catalog_service.hpp"
#include "common/integer_text.hpp"
#include "common/local_time_format.hpp"
#include "domain/vvt/statement_diff.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/vvt/vvt_labels.hpp"

namespace bolwerk::web {

namespace {

using domain::vvt::StatementOfApplicability;
using nlohmann::json;

std::string vvt_path(OrganisationId id) { return "/organisaties/" + id.to_string() + "/vvt"; }

Response attachment(app::VvtFile file)
{
    return web::attachment(std::move(file.content), file.content_type, file.file_name);
}

json export_links(std::string const& base)
{
    auto links = json::array();
    for (auto const format : app::all_vvt_formats) {
        auto const name = std::string(app::to_string(format));
        links.push_back({{"href", base + "/export/" + name}, {"format", name}});
    }
    return links;
}

json version_rows(RequestContext const& context, std::vector<app::VvtVersionSummary> const& versions)
{
    auto rows = json::array();
    for (auto const& summary : versions) {
        rows.push_back({{"number", summary.number}, {"catalog", summary.catalog},
            {"created_at", vvt_display_time(context, summary.created_at)},
            {"status", context.text(summary.approved() ? "vvt_status_approved" : "vvt_status_draft")},
            {"approved_by", summary.approved_by.value_or("")},
            {"approved_at", summary.approved_at ? vvt_display_time(context, *summary.approved_at) : std::string()},
            {"published", summary.published}});
    }
    return rows;
}

json control_rows(RequestContext const& context, StatementOfApplicability const& statement)
{
    auto rows = json::array();
    for (auto const& row : statement.controls) {
        std::string reasons;
        for (auto const reason : row.reasons)
            reasons += (reasons.empty() ? "" : ", ") + reason_text(context, reason);
        auto const& label
            = context.language == Language::English && !row.label_en.empty() ? row.label_en : row.label_nl;
        rows.push_back({{"control", row.control.to_string()}, {"label", label},
            {"applicable", context.text(row.applicable ? "yes" : "no")},
            {"reasons", row.applicable ? reasons : row.justification},
            {"implementation", implementation_text(context, row.implementation)},
            {"implemented", std::to_string(row.measures.implemented) + "/" + std::to_string(row.measures.total)}});
    }
    return rows;
}

json exception_rows(RequestContext const& context, StatementOfApplicability const& statement)
{
    auto rows = json::array();
    for (auto const& exception : statement.exceptions) {
        auto const reference = reference_text(context, exception.reference);
        rows.push_back({{"number", exception.number()}, {"justification", exception.justification},
            {"reference", reference}, {"missing", !exception.has_reference()}});
    }
    return rows;
}

json items_view(std::vector<domain::vvt::ScopeItem> const& items)
{
    auto list = json::array();
    for (auto const& item : items)
        list.push_back({{"name", item.name}, {"description", item.description}});
    return list;
}

json scope_view(domain::vvt::IsmsScope const& scope)
{
    auto exclusions = json::array();
    for (auto const& exclusion : scope.exclusions)
        exclusions.push_back({{"subject", exclusion.subject}, {"reason", exclusion.reason}});
    bool const empty = scope.statement.empty() && scope.processes.empty() && scope.information_systems.empty();
    return {{"statement", scope.statement}, {"processes", items_view(scope.processes)},
        {"systems", items_view(scope.information_systems)}, {"locations", items_view(scope.locations)},
        {"interfaces", items_view(scope.interfaces)}, {"exclusions", exclusions},
        {"has_exclusions", !scope.exclusions.empty()}, {"empty", empty}};
}

json diff_rows(RequestContext const& context, domain::vvt::StatementDiff const& diff)
{
    auto rows = json::array();
    for (auto const& change : diff.changes) {
        std::string fields;
        for (auto const& field : change.fields) {
            if (change.kind == domain::vvt::RowChange::Kind::Changed)
                fields
                    += (fields.empty() ? "" : "; ") + field.field + ": “" + field.before + "” → “" + field.after + "”";
        }
        rows.push_back({{"part", context.text("vvt_part_" + std::string(domain::vvt::to_string(change.part)))},
            {"key", change.key},
            {"kind", context.text("vvt_change_" + std::string(domain::vvt::to_string(change.kind)))},
            {"fields", fields}});
    }
    return rows;
}

bool allowed(RequestContext const& context, app::Permission permission, OrganisationId id)
{
    return app::authorise(context.actor, permission, id).has_value();
}

std::string notice_of(RequestContext const& context)
{
    auto const query = parse_form(context.request.query);
    for (std::string_view const key :
        {"bevroren", "vastgesteld", "gepubliceerd", "ingetrokken", "opgeslagen", "instelling"}) {
        if (form_value(query, key))
            return context.text("vvt_notice_" + std::string(key));
    }
    return {};
}

std::optional<std::int64_t> newest_approved(std::vector<app::VvtVersionSummary> const& versions)
{
    for (auto const& version : versions) {
        if (version.approved())
            return version.number;
    }
    return std::nullopt;
}

// What is public now, what the public page shows, and the next step towards publishing
// (issue #13 item 4: switching publication on alone publishes nothing).
void add_publication_state(json& data, OrganisationId id, app::VvtPublicationState const& publication,
    std::vector<app::VvtVersionSummary> const& versions)
{
    auto const approved = newest_approved(versions);
    data["publication_enabled"] = publication.enabled;
    data["public_shows_implementation"] = publication.show_implementation;
    data["published"] = publication.current.has_value();
    data["published_version"] = publication.current ? publication.current->version_number : 0;
    data["public_path"] = "/openbaar/" + id.to_string() + "/vvt";
    data["has_approved"] = approved.has_value();
    data["approved_version"] = approved.value_or(0);
    data["preview_path"] = vvt_path(id) + "/openbaar-voorbeeld";
    data["step_publish"] = publication.enabled && !publication.current && approved;
    data["step_approve"] = publication.enabled && !publication.current && !approved;
}

Result<Response> vvt_page(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto& service = *TRY(vvt_service(context));
    auto const preview = TRY(service.preview(context.actor, id));
    auto const versions = TRY(service.versions(context.actor, id));
    auto const publication = TRY(service.publication(context.actor, id));
    auto const publishable = domain::vvt::check_publishable(preview);
    json data = vvt_statement_view(context, preview, true);
    data["organisation_id"] = id.to_string();
    data["versions"] = version_rows(context, versions);
    data["has_versions"] = !versions.empty();
    data["exports"] = export_links(vvt_path(id));
    data["publishable"] = publishable.has_value();
    data["publishable_problem"]
        = publishable ? std::string() : publication_problem_text(context, preview, publishable.error());
    data["can_manage"] = allowed(context, app::Permission::VvtManage, id);
    data["can_publish"] = allowed(context, app::Permission::VvtPublish, id);
    add_publication_state(data, id, publication, versions);
    TRY(add_vvt_statement_html(context, data));
    return render_page(context,
        {.template_name = "vvt",
            .title_key = "vvt_title",
            .data = std::move(data),
            .current_navigation = "vvt",
            .notice = notice_of(context)});
}

Result<Response> version_page(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, vvt_read_permission, id));
    auto const number = TRY(vvt_version_parameter(context));
    auto& service = *TRY(vvt_service(context));
    auto const detail = TRY(service.version(context.actor, id, number));
    auto const publication = TRY(service.publication(context.actor, id));
    auto const& summary = detail.summary;
    json data = vvt_statement_view(context, detail.statement, true);
    auto const base = vvt_path(id) + "/versies/" + std::to_string(number);
    data["organisation_id"] = id.to_string();
    data["number"] = number;
    data["status"] = context.text(summary.approved() ? "vvt_status_approved" : "vvt_status_draft");
    data["approved"] = summary.approved();
    data["approved_by"] = summary.approved_by.value_or("");
    data["approved_at"] = summary.approved_at ? vvt_display_time(context, *summary.approved_at) : std::string();
    data["created_at"] = vvt_display_time(context, summary.created_at);
    data["created_by"] = summary.created_by_name;
    data["content_sha256"] = summary.content_sha256;
    data["approved_content_sha256"] = summary.approved_content_sha256.value_or("");
    data["sha256"] = summary.sha256;
    data["canonical_sha256"] = summary.canonical_sha256;
    data["published"] = summary.published;
    data["exports"] = export_links(base);
    data["has_previous"] = detail.previous_number.has_value();
    data["previous"] = detail.previous_number.value_or(0);
    data["changes"] = diff_rows(context, detail.diff);
    data["has_changes"] = !detail.diff.empty();
    data["can_approve"] = !summary.approved() && allowed(context, app::Permission::VvtApprove, id);
    data["can_publish"] = summary.approved() && !summary.published && publication.enabled
        && allowed(context, app::Permission::VvtPublish, id);
    data["publication_off"] = summary.approved() && !publication.enabled;
    data["preview_path"] = vvt_path(id) + "/openbaar-voorbeeld?versie=" + std::to_string(number);
    if (auto const publishable = domain::vvt::check_publishable(detail.statement);
        summary.approved() && !summary.published && !publishable)
        data["publishable_problem"] = publication_problem_text(context, detail.statement, publishable.error());
    TRY(add_vvt_statement_html(context, data));
    return render_page(context,
        {.template_name = "vvt_version",
            .title_key = "vvt_version_title",
            .data = std::move(data),
            .breadcrumbs = {{context.text("vvt_title"), vvt_path(id)}},
            .current_navigation = "vvt",
            .notice = notice_of(context)});
}

Result<Response> export_file(RequestContext& context, std::optional<std::int64_t> number)
{
    auto const id = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, vvt_read_permission, id));
    auto const format = app::parse_vvt_format(context.parameters.get("format").value_or(""));
    if (!format)
        return Error::not_found("no such export format");
    auto& service = *TRY(vvt_service(context));
    return attachment(TRY(service.export_vvt(context.actor, id, *format, number)));
}

Response or_error(RequestContext& context, Result<Response> result)
{
    if (!result)
        return error_page(context, result.error());
    return std::move(result).value();
}

} // namespace

app::Permission const vvt_read_permission = app::Permission::AssessmentRead;

std::string vvt_display_time(RequestContext const& context, Timestamp time)
{
    return format_local_date_time(time, context.language, ZoneLabel::Abbreviation);
}

json vvt_statement_view(RequestContext const& context, StatementOfApplicability const& statement, bool implementation)
{
    auto const exceptions = exception_rows(context, statement);
    return {{"catalog", statement.header.catalog.to_string()}, {"catalog_title", statement.header.catalog_title},
        {"controls", control_rows(context, statement)}, {"exceptions", exceptions},
        {"has_exceptions", !exceptions.empty()}, {"scope", scope_view(statement.scope)},
        {"show_implementation", implementation}};
}

// The scope, controls and bijlage are shared by four pages: rendered once here (with
// escaping, like every template) and put into the page as finished HTML.
Result<void> add_vvt_statement_html(RequestContext const& context, json& data)
{
    data["statement_html"]
        = TRY(context.services.templates->render("vvt_statement", data, language_code(context.language)));
    return ok();
}

Result<app::VvtService*> vvt_service(RequestContext const& context) { return context.services.app->vvt(); }

Result<std::int64_t> vvt_version_parameter(RequestContext const& context)
{
    auto const text = context.parameters.get("version").value_or("");
    auto const value = parse_integer(text).value_or(0);
    if (value <= 0)
        return Error::not_found("VvT version '" + std::string(text) + "' does not exist");
    return value;
}

json vvt_summary_json(app::VvtVersionSummary const& summary)
{
    // The approval is a record of its own, naming the content it approves (issue #13 item 3).
    json approval = nullptr;
    if (summary.approved()) {
        approval = {{"approved_by", summary.approved_by.value_or("")},
            {"approved_at", format_timestamp(*summary.approved_at)},
            {"content_sha256",
                summary.approved_content_sha256 ? json(*summary.approved_content_sha256) : json(nullptr)},
            {"document_sha256", summary.sha256}};
    }
    return {{"number", summary.number}, {"catalog", summary.catalog}, {"content_sha256", summary.content_sha256},
        {"sha256", summary.sha256}, {"canonical_sha256", summary.canonical_sha256},
        {"created_at", format_timestamp(summary.created_at)}, {"created_by", summary.created_by},
        {"status", summary.approved() ? "approved" : "draft"},
        {"approved_by", summary.approved_by ? json(*summary.approved_by) : json(nullptr)},
        {"approved_at", summary.approved_at ? json(format_timestamp(*summary.approved_at)) : json(nullptr)},
        {"approval", approval}, {"published", summary.published}};
}

Response show_vvt(RequestContext& context) { return or_error(context, vvt_page(context)); }

Response export_vvt_preview(RequestContext& context) { return or_error(context, export_file(context, std::nullopt)); }

Result<Response> export_vvt_version(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    if (auto const permitted = app::authorise(context.actor, vvt_read_permission, id); !permitted)
        return permitted.error();
    auto const number = TRY(vvt_version_parameter(context));
    return or_error(context, export_file(context, number));
}

Response show_vvt_version(RequestContext& context) { return or_error(context, version_page(context)); }

} // namespace bolwerk::web
