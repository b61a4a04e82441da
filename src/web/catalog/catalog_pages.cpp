#include "web/catalog/catalog_pages.hpp"

#include "app/authorisation.hpp"
#include "app/catalog_service.hpp"
#include "app/evidence/evidence_service.hpp"
#include "common/local_time_format.hpp"
#include "common/text.hpp"
#include "web/catalog/catalog_views.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"

namespace bolwerk::web {

namespace {

using domain::catalog::VersionReference;

constexpr std::string_view catalogs_path = "/catalogi";

Result<app::CatalogService*> catalog_service(RequestContext const& context) { return context.services.app->catalogs(); }

bool may_import(RequestContext const& context)
{
    return app::authorise(context.actor, app::Permission::CatalogImport).has_value();
}

nlohmann::json version_options(std::vector<VersionReference> const& versions, std::string const& chosen)
{
    auto options = nlohmann::json::array();
    for (auto const& version : versions) {
        auto const text = version.to_string();
        options.push_back({{"value", text}, {"label", text}, {"selected", text == chosen}});
    }
    return options;
}

Page import_form_page(RequestContext& context, nlohmann::json data)
{
    data["max_size"] = app::describe_size(static_cast<std::int64_t>(app::max_catalog_upload_bytes));
    if (!data.contains("values"))
        data["values"] = nlohmann::json::object();
    return Page{.template_name = "catalog_import",
        .title_key = "catalog_import_title",
        .data = std::move(data),
        .breadcrumbs = {{context.text("catalogs_title"), std::string(catalogs_path)}},
        .current_navigation = "catalogs"};
}

nlohmann::json report_view(RequestContext& context, app::CatalogImportOutcome const& outcome)
{
    auto const& report = outcome.imported.report;
    auto counts = nlohmann::json::array();
    for (auto const& [kind, count] : report.counts)
        counts.push_back(
            {{"kind", context.text("catalog_kind_" + std::string(to_string(kind)))}, {"count", std::to_string(count)}});
    auto defects = nlohmann::json::array();
    for (auto const& defect : report.defects) {
        defects.push_back({{"line", defect.line ? std::to_string(defect.line) : std::string("–")},
            {"severity", context.text("catalog_severity_" + std::string(to_string(defect.severity())))},
            {"kind", context.text("catalog_defect_" + std::string(to_string(defect.kind)))}, {"field", defect.field},
            {"message", defect.message}});
    }
    return {{"version", outcome.imported.version.reference().to_string()}, {"title", outcome.imported.version.title()},
        {"source", report.source}, {"layout", report.layout},
        {"entries", std::to_string(outcome.imported.version.items().size())}, {"counts", counts}, {"defects", defects},
        {"has_defects", !defects.empty()}, {"defect_count", std::to_string(report.defects.size())}};
}

} // namespace

Result<Response> show_catalogs(RequestContext& context)
{
    auto* catalogs = TRY(catalog_service(context));
    auto const listing = TRY(catalogs->list(context.actor));
    auto imported = nlohmann::json::array();
    for (auto const& summary : listing.imported) {
        imported.push_back({{"version", summary.reference.to_string()}, {"title", summary.title},
            {"source", summary.provenance.source}, {"layout", summary.provenance.layout},
            {"imported_at",
                format_local_date_time(summary.provenance.imported_at, context.language, ZoneLabel::Abbreviation)},
            {"imported_by", person_named(listing.importers, summary.provenance.imported_by)},
            {"entries", std::to_string(summary.item_count)}, {"measures", std::to_string(summary.measure_count)},
            {"defects", std::to_string(summary.defect_count)}, {"sha256", summary.provenance.source_sha256}});
    }
    auto builtin = nlohmann::json::array();
    for (auto const& reference : listing.builtin)
        builtin.push_back({{"version", reference.to_string()}});
    auto const versions = app::listed_versions(listing);
    Page page{.template_name = "catalogs",
        .title_key = "catalogs_title",
        .data = {{"imported", imported}, {"has_imported", !imported.empty()}, {"builtin", builtin},
            {"has_builtin", !builtin.empty()}, {"can_import", may_import(context)}, {"can_diff", versions.size() >= 2}},
        .current_navigation = "catalogs"};
    return render_page(context, std::move(page));
}

Result<Response> show_catalog_import(RequestContext& context)
{
    TRY(app::authorise(context.actor, app::Permission::CatalogImport));
    return render_page(context, import_form_page(context, nlohmann::json::object()));
}

Result<Response> submit_catalog_import(RequestContext& context)
{
    // Permission before input, so a refusal reveals nothing about the input rules.
    TRY(app::authorise(context.actor, app::Permission::CatalogImport));
    auto* catalogs = TRY(catalog_service(context));
    auto const as_text = std::string(trim(context.field("as")));
    auto const imported = [&]() -> Result<app::CatalogImportOutcome> {
        if (auto const& error = context.body_error())
            return error->with_field("file");
        MultipartPart const* file = nullptr;
        for (auto const& part : context.parts()) {
            if (part.name == "file" && part.file_name)
                file = &part;
        }
        if (file == nullptr || file->file_name->empty())
            return Error::invalid(context.text("catalog_choose_file"), {.field = "file"});
        std::optional<std::string> as;
        if (!as_text.empty())
            as = as_text;
        return catalogs->import_upload(context.actor, *file->file_name, std::string(file->body), as);
    }();
    if (!imported) {
        if (is_server_side(imported.error()) || imported.error().kind() == ErrorKind::Forbidden)
            return imported.error();
        // Nothing is stored: the import runs in one transaction and failed before it or in it.
        nlohmann::json data{{"values", {{"as", as_text}}}};
        Error const shown(
            imported.error().kind(), error_with_location(context, imported.error()), imported.error().location());
        add_form_error(data, shown, {"file", "as"}, "file");
        data["file_again"] = context.text("catalog_file_again");
        auto page = import_form_page(context, std::move(data));
        page.problem = context.text("catalog_import_failed");
        page.status = status_for(imported.error().kind());
        return render_page(context, std::move(page));
    }
    Page page{.template_name = "catalog_import_result",
        .title_key = "catalog_import_result_title",
        .data = report_view(context, *imported),
        .breadcrumbs = {{context.text("catalogs_title"), std::string(catalogs_path)}},
        .current_navigation = "catalogs"};
    page.notice
        = fill(context.text("catalog_imported"), {{"version", imported->imported.version.reference().to_string()}});
    return render_page(context, std::move(page));
}

Result<Response> show_catalog_diff(RequestContext& context)
{
    auto* catalogs = TRY(catalog_service(context));
    auto const versions = app::listed_versions(TRY(catalogs->list(context.actor)));
    auto const query = parse_form(context.request.query);
    auto from = form_value(query, "van").value_or("");
    auto to = form_value(query, "naar").value_or("");
    // Without a choice: the two newest versions of the newest one's framework, older first.
    if (from.empty() && to.empty() && versions.size() >= 2) {
        auto const& newest = versions.back();
        to = newest.to_string();
        for (auto it = versions.rbegin() + 1; it != versions.rend(); ++it) {
            if (it->framework == newest.framework) {
                from = it->to_string();
                break;
            }
        }
    }
    nlohmann::json data{{"from_options", version_options(versions, from)},
        {"to_options", version_options(versions, to)}, {"has_versions", versions.size() >= 2}, {"has_diff", false}};
    Page page{.template_name = "catalog_diff",
        .title_key = "catalog_diff_title",
        .breadcrumbs = {{context.text("catalogs_title"), std::string(catalogs_path)}},
        .current_navigation = "catalogs"};
    auto const compared = [&]() -> Result<app::CatalogDiffOutcome> {
        if (from.empty())
            return Error::invalid(context.text("catalog_choose_from"), {.field = "van"});
        if (to.empty())
            return Error::invalid(context.text("catalog_choose_to"), {.field = "naar"});
        if (from == to)
            return Error::invalid(context.text("catalog_choose_two"), {.field = "naar"});
        return catalogs->diff(context.actor, from, to);
    }();
    if (!compared && versions.size() >= 2) {
        if (is_server_side(compared.error()) || compared.error().kind() == ErrorKind::Forbidden)
            return compared.error();
        add_form_error(data, compared.error(), {"van", "naar"}, "van");
        page.problem = context.text("form_has_errors") + " " + compared.error().message();
        page.status = status_for(compared.error().kind());
    } else if (compared) {
        auto const& diff = compared->diff;
        auto numbers = [](std::vector<domain::catalog::MeasureNumber> const& list) {
            auto json = nlohmann::json::array();
            for (auto const& number : list)
                json.push_back(number.to_string());
            return json;
        };
        auto moved = nlohmann::json::array();
        for (auto const& item : diff.moved)
            moved.push_back(
                {{"number", item.number.to_string()}, {"target", item.target ? item.target->to_string() : ""}});
        auto reworded = nlohmann::json::array();
        for (auto const& measure : diff.reworded)
            reworded.push_back(
                {{"number", measure.number.to_string()}, {"changes", word_changes_view(measure.changes)}});
        data["has_diff"] = true;
        data["diff"] = {{"from", diff.from.to_string()}, {"to", diff.to.to_string()}, {"added", numbers(diff.added)},
            {"moved", moved}, {"withdrawn", numbers(diff.withdrawn)}, {"removed", numbers(diff.removed)},
            {"reworded", reworded}, {"added_count", std::to_string(diff.added.size())},
            {"moved_count", std::to_string(diff.moved.size())},
            {"withdrawn_count", std::to_string(diff.withdrawn.size())},
            {"removed_count", std::to_string(diff.removed.size())},
            {"reworded_count", std::to_string(diff.reworded.size())},
            {"unchanged_count", std::to_string(diff.unchanged.size())}, {"has_added", !diff.added.empty()},
            {"has_moved", !diff.moved.empty()}, {"has_withdrawn", !diff.withdrawn.empty()},
            {"has_removed", !diff.removed.empty()}, {"has_reworded", !diff.reworded.empty()},
            {"texts_compared", compared->texts_compared}};
    }
    page.data = std::move(data);
    return render_page(context, std::move(page));
}

} // namespace bolwerk::web
