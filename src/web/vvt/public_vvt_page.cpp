#include "web/vvt/public_vvt_page.hpp"

#include "app/authorisation.hpp"
#include "common/integer_text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/vvt/vvt_pages.hpp"

namespace bolwerk::web {

namespace {

using nlohmann::json;

// The organisation of a public page. Named {publisher}, not {organisation}: these
// routes need no membership, and the route checks for organisation routes skip them.
Result<OrganisationId> publisher_parameter(RequestContext const& context)
{
    auto const text = context.parameters.get("publisher").value_or("");
    auto const value = parse_integer(text).value_or(0);
    if (value <= 0)
        return Error::not_found("no published VvT here");
    return OrganisationId(value);
}

std::string file_base(app::PublishedVvt const& published) { return "vvt-" + std::to_string(published.summary.number); }

// Where the files of a page are: `/path/` + "vvt-N.pdf" + `query`.
struct Downloads {
    std::string path;
    std::string query;
};

// The page of `published`, with `preview` merged into the template data.
Result<Response> render_public(
    RequestContext& context, app::PublishedVvt const& published, Downloads const& downloads, json const& preview)
{
    auto const& summary = published.summary;
    json data = vvt_statement_view(context, published.statement, published.show_implementation);
    data["organisation_id"] = published.organisation.to_string();
    data["organisation_name"] = published.organisation_name;
    data["number"] = summary.number;
    data["approved_by"] = summary.approved_by.value_or("");
    data["approved_at"] = summary.approved_at ? vvt_display_time(context, *summary.approved_at) : std::string();
    data["published_at"] = published.published_at ? vvt_display_time(context, *published.published_at) : std::string();
    data["content_sha256"] = summary.content_sha256;
    data["sha256"] = published.document_sha256;
    data["download_json"] = downloads.path + file_base(published) + ".json" + downloads.query;
    data["download_pdf"] = downloads.path + file_base(published) + ".pdf" + downloads.query;
    data["size"] = published.document.size();
    data.update(preview);
    TRY(add_vvt_statement_html(context, data));
    return render_page(
        context, {.template_name = "public_vvt", .title_key = "public_vvt_title", .data = std::move(data)});
}

// The `{file}` of `published`: its JSON document or its PDF, by name.
Result<Response> download(RequestContext const& context, app::PublishedVvt const& published)
{
    auto const file = context.parameters.get("file").value_or("");
    auto const base = file_base(published);
    // Only the version shown now: an old link must not serve another version.
    auto const format = file == base + ".json" ? app::VvtFormat::Json
        : file == base + ".pdf"                ? app::VvtFormat::Pdf
                                               : std::optional<app::VvtFormat>();
    if (!format)
        return Error::not_found("no such document");
    auto rendered = TRY(app::public_vvt_file(published, *format));
    return attachment(std::move(rendered.content), rendered.content_type, rendered.file_name);
}

Result<std::optional<std::int64_t>> version_query(RequestContext const& context)
{
    auto const text = form_value(parse_form(context.request.query), "versie");
    if (!text)
        return std::optional<std::int64_t>();
    auto const value = parse_integer(*text).value_or(0);
    if (value <= 0)
        return Error::not_found("VvT version '" + *text + "' does not exist");
    return std::optional<std::int64_t>(value);
}

Result<app::PublishedVvt> preview_of(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto& service = *TRY(vvt_service(context));
    return service.public_preview(context.actor, id, TRY(version_query(context)));
}

Result<Response> public_page(RequestContext& context)
{
    auto const id = TRY(publisher_parameter(context));
    auto& service = *TRY(vvt_service(context));
    auto const published = TRY(service.published(id));
    return render_public(context, published, {"/openbaar/" + id.to_string() + "/vvt/", ""}, json::object());
}

Result<Response> preview_page(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, vvt_read_permission, id));
    auto found = preview_of(context);
    // Nothing approved yet: say so and what comes first, rather than a bare 404.
    if (!found && found.error().kind() == ErrorKind::NotFound && !TRY(version_query(context))) {
        return render_page(context,
            {.template_name = "public_vvt_preview_none",
                .title_key = "public_vvt_title",
                .data = {{"back_path", "/organisaties/" + id.to_string() + "/vvt"}},
                .current_navigation = "vvt"});
    }
    auto const published = TRY(std::move(found));
    auto const vvt = "/organisaties/" + published.organisation.to_string() + "/vvt";
    auto const version = std::to_string(published.summary.number);
    auto const notice
        = context.text(published.summary.published ? "public_preview_published" : "public_preview_not_published");
    json const preview{{"preview", true},
        {"preview_notice", notice + " (" + context.text("vvt_version") + " " + version + ")"},
        {"back_path", vvt + "/versies/" + version}};
    return render_public(context, published, {vvt + "/openbaar-voorbeeld/", "?versie=" + version}, preview);
}

Response or_error(RequestContext& context, Result<Response> result)
{
    if (!result)
        return error_page(context, result.error());
    return std::move(result).value();
}

} // namespace

Response show_public_vvt(RequestContext& context) { return or_error(context, public_page(context)); }

Result<Response> download_public_vvt(RequestContext& context)
{
    auto const id = TRY(publisher_parameter(context));
    auto& service = *TRY(vvt_service(context));
    return download(context, TRY(service.published(id)));
}

Response show_public_vvt_preview(RequestContext& context) { return or_error(context, preview_page(context)); }

Result<Response> download_public_vvt_preview(RequestContext& context)
{
    return download(context, TRY(preview_of(context)));
}

} // namespace bolwerk::web
