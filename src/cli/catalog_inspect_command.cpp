#include "app/catalog_service.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "common/json_text.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <ostream>

namespace bolwerk::cli {

namespace {

Result<app::CatalogService> catalog_service(CommandContext& context)
{
    auto* database = TRY(context.database());
    return app::CatalogService::create(*database, context.clock());
}

nlohmann::json framework_summary(importers::ImportedFramework const& imported)
{
    nlohmann::json json{{"format", imported.format}};
    if (imported.framework) {
        std::map<std::string, std::size_t> per_depth;
        for (auto const& node : imported.framework->nodes)
            ++per_depth[std::to_string(node.depth)];
        json["framework"] = {{"id", imported.framework->id}, {"name", imported.framework->name},
            {"version", imported.framework->version}, {"nodes", imported.framework->nodes.size()},
            {"assessable", imported.framework->assessable_count()}, {"nodes_per_depth", per_depth}};
    }
    if (imported.mapping_set)
        json["mapping_set"] = {{"source", imported.mapping_set->source_framework},
            {"target", imported.mapping_set->target_framework}, {"mappings", imported.mapping_set->mappings.size()}};
    return json;
}

nlohmann::json gaps_to_json(importers::mapping::MappingGaps const& gaps)
{
    return {{"mappings", gaps.mapping_count}, {"by_relationship", gaps.by_relationship},
        {"unmapped_sources", gaps.unmapped_sources}, {"targets_without_source", gaps.targets_without_source},
        {"unresolved", gaps.unresolved}};
}

void print_list(std::ostream& out, std::string_view label, std::vector<std::string> const& list)
{
    out << label << " (" << list.size() << "):";
    for (auto const& item : list)
        out << ' ' << item;
    out << '\n';
}

} // namespace

Result<void> run_catalog_inspect(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {}, 1));
    auto service = TRY(catalog_service(context));
    auto const imported = TRY(service.inspect(context.actor(), arguments.positional(0)));
    context.out() << json_text(framework_summary(imported), JsonLayout::Indented) << '\n';
    return ok();
}

Result<void> run_catalog_mapping(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {}, 3));
    auto service = TRY(catalog_service(context));
    auto const gaps = TRY(service.mapping_gaps(
        context.actor(), arguments.positional(0), arguments.positional(1), arguments.positional(2)));
    if (context.options().json) {
        context.out() << json_text(gaps_to_json(gaps), JsonLayout::Indented) << '\n';
        return ok();
    }
    context.out() << "mappings " << gaps.mapping_count << '\n';
    for (auto const& [relationship, count] : gaps.by_relationship)
        context.out() << "  " << relationship << ' ' << count << '\n';
    print_list(context.out(), "source controls without a mapping", gaps.unmapped_sources);
    print_list(context.out(), "target controls without a source", gaps.targets_without_source);
    print_list(context.out(), "unresolved references", gaps.unresolved);
    return ok();
}

} // namespace bolwerk::cli
