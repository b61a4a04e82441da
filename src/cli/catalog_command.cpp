#include "app/catalog_json.hpp"
#include "app/catalog_service.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "common/json_text.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace bolwerk::cli {

namespace {

Result<app::CatalogService> catalog_service(CommandContext& context)
{
    auto* database = TRY(context.database());
    return app::CatalogService::create(*database, context.clock());
}

void print_report(std::ostream& out, importers::ImportReport const& report)
{
    out << "layout   " << report.layout << "\ncounts  ";
    for (auto const& [kind, count] : report.counts)
        out << ' ' << to_string(kind) << ' ' << count;
    out << "\ndefects  " << report.defects.size() << '\n';
    for (auto const& defect : report.defects)
        out << "  " << (defect.line ? "line " + std::to_string(defect.line) + "  " : "") << to_string(defect.severity())
            << "  " << to_string(defect.kind) << "  " << defect.field << ": " << defect.message << '\n';
}

void print_entry(std::ostream& out, app::CatalogEntryView const& view)
{
    auto const& item = view.item;
    out << "number   " << item.number.to_string() << '\n' << "version  " << view.version.to_string();
    out << (view.from_builtin_index ? " (built-in index; import the publication for the text)\n" : "\n");
    if (view.control)
        out << "control  " << view.control->number.to_string() << "  " << view.control->label_nl << " / "
            << view.control->label_en << "  (ISO/IEC 27001:2022 " << view.control->number.annex_a_reference() << ")\n";
    out << "kind     " << to_string(item.kind) << '\n';
    if (item.target)
        out << "target   " << item.target->to_string() << '\n';
    for (auto const tag : item.tags)
        out << "tag      " << to_string(tag) << '\n';
    if (!item.text.empty())
        out << '\n' << item.text << '\n';
}

} // namespace

Result<void> run_catalog_import(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--as", "--mapping"}, 1));
    auto service = TRY(catalog_service(context));
    auto const outcome = TRY(
        service.import(context.actor(), arguments.positional(0), arguments.flag("--as"), arguments.flag("--mapping")));
    auto const& report = outcome.imported.report;
    if (context.options().json) {
        nlohmann::json const json{{"id", outcome.id.value()},
            {"catalog", outcome.imported.version.reference().to_string()},
            {"report", app::import_report_to_json(report)}};
        context.out() << json_text(json, JsonLayout::Indented) << '\n';
        return ok();
    }
    context.out() << "imported " << outcome.imported.version.reference().to_string() << " ("
                  << outcome.imported.version.items().size() << " entries) from " << report.source << '\n';
    print_report(context.out(), report);
    return ok();
}

Result<void> run_catalog_list(CommandContext& context)
{
    TRY(Arguments::parse(context.arguments(), {}, 0));
    auto service = TRY(catalog_service(context));
    auto const listing = TRY(service.list(context.actor()));
    if (context.options().json) {
        auto imported = nlohmann::json::array();
        for (auto const& summary : listing.imported)
            imported.push_back(app::catalog_summary_to_json(summary));
        auto builtin = nlohmann::json::array();
        for (auto const& reference : listing.builtin)
            builtin.push_back(reference.to_string());
        context.out() << json_text(nlohmann::json{{"imported", imported}, {"builtin", builtin}}, JsonLayout::Indented)
                      << '\n';
        return ok();
    }
    for (auto const& summary : listing.imported)
        context.out() << summary.reference.to_string() << "  imported  " << summary.item_count << " entries, "
                      << summary.measure_count << " measures, " << summary.defect_count << " defects  "
                      << summary.provenance.source << '\n';
    for (auto const& reference : listing.builtin)
        context.out() << reference.to_string() << "  built-in  (numbers, kinds and moves; no text)\n";
    return ok();
}

Result<void> run_catalog_show(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--version"}, 1));
    auto service = TRY(catalog_service(context));
    auto const view = TRY(service.show(context.actor(), arguments.positional(0), arguments.flag("--version")));
    if (context.options().json) {
        auto json = app::catalog_item_to_json(view.item);
        json["version"] = view.version.to_string();
        json["from_builtin_index"] = view.from_builtin_index;
        if (view.control)
            json["control_label"] = {{"nl", view.control->label_nl}, {"en", view.control->label_en}};
        context.out() << json_text(json, JsonLayout::Indented) << '\n';
        return ok();
    }
    print_entry(context.out(), view);
    return ok();
}

Result<void> run_catalog_export(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--format", "--version"}, 0));
    auto service = TRY(catalog_service(context));
    auto const document = TRY(service.export_catalog(
        context.actor(), arguments.flag("--version"), arguments.flag("--format").value_or("oscal-json")));
    context.out() << document << '\n';
    return ok();
}

} // namespace bolwerk::cli
