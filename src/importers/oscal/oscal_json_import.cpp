#include "importers/catalog_validation.hpp"
#include "importers/oscal/oscal_catalog_import.hpp"
#include "importers/structured/json_fields.hpp"
#include "importers/structured/json_reader.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::importers::oscal {

namespace {

using domain::catalog::RequirementNode;

std::string label_of(JsonFields const& fields)
{
    auto const props = fields.array("props");
    if (props)
        for (auto const& prop : *props)
            if (prop.optional_text("name") == "label")
                return prop.optional_text("value");
    return fields.optional_text("id");
}

Result<std::string> prose_of(JsonFields const& fields)
{
    std::string prose;
    for (auto const& part : TRY(fields.array("parts"))) {
        auto const text = part.optional_text("prose");
        if (!text.empty())
            prose += (prose.empty() ? "" : "\n") + collapse_whitespace(text);
        auto const nested = TRY(prose_of(part));
        if (!nested.empty())
            prose += (prose.empty() ? "" : "\n") + nested;
    }
    return prose;
}

Result<void> read_node(
    OscalCatalog& catalog, JsonFields const& fields, std::string const& parent, std::uint32_t depth, bool is_control)
{
    RequirementNode node{TRY(fields.text("id")), parent, label_of(fields), fields.optional_text("title"),
        TRY(prose_of(fields)), depth, is_control, {}, {}, 0};
    if (auto const class_name = fields.optional_text("class"); !class_name.empty())
        node.groups.push_back(class_name);
    (is_control ? catalog.control_count : catalog.group_count) += 1;
    auto const id = node.id;
    catalog.set.nodes.push_back(std::move(node));
    for (auto const& group : TRY(fields.array("groups")))
        TRY(read_node(catalog, group, id, depth + 1, false));
    for (auto const& control : TRY(fields.array("controls")))
        TRY(read_node(catalog, control, id, depth + 1, true));
    return ok();
}

Result<OscalCatalog> read_catalog(nlohmann::json const& document, std::string const& source_name)
{
    JsonFields const root(document, "", source_name);
    auto const catalog_fields = TRY(root.object("catalog"));
    auto const metadata = TRY(catalog_fields.object("metadata"));
    OscalCatalog catalog;
    catalog.set.id = TRY(catalog_fields.text("uuid"));
    catalog.set.name = TRY(metadata.text("title"));
    catalog.set.version = metadata.optional_text("version");
    auto const groups = TRY(catalog_fields.array("groups"));
    catalog.top_group_count = groups.size();
    for (auto const& group : groups)
        TRY(read_node(catalog, group, "", 1, false));
    for (auto const& control : TRY(catalog_fields.array("controls")))
        TRY(read_node(catalog, control, "", 1, true));
    return catalog;
}

} // namespace

Result<OscalCatalog> import_oscal_json(std::string_view text, std::string const& source_name)
{
    auto const document = TRY(parse_json(text, source_name));
    return read_catalog(document, source_name);
}

Result<OscalCatalog> import_oscal_yaml(std::string_view text, std::string const& source_name)
{
    auto const document = TRY(parse_yaml(text, source_name));
    return read_catalog(document, source_name);
}

} // namespace bolwerk::importers::oscal
