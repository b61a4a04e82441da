#include "importers/ciso/ciso_library.hpp"

#include "importers/structured/json_fields.hpp"
#include "importers/structured/json_reader.hpp"

#include <nlohmann/json.hpp>

#include <set>

namespace bolwerk::importers::ciso {

namespace {

using domain::catalog::RequirementNode;
using domain::catalog::RequirementSet;

Result<std::vector<std::string>> text_list(JsonFields const& fields, std::string_view key)
{
    std::vector<std::string> texts;
    for (auto const& item : TRY(fields.array(key))) {
        if (!item.value().is_string())
            return fields.invalid(key, "must be a list of text");
        texts.push_back(item.value().get<std::string>());
    }
    return texts;
}

Result<RequirementNode> read_node(JsonFields const& fields)
{
    RequirementNode node;
    node.id = TRY(fields.text("urn"));
    node.parent = fields.optional_text("parent_urn");
    node.ref_id = fields.optional_text("ref_id");
    node.name = fields.optional_text("name");
    node.description = fields.optional_text("description");
    node.depth = TRY(fields.unsigned_number("depth", 1));
    node.assessable = TRY(fields.boolean("assessable", false));
    node.groups = TRY(text_list(fields, "implementation_groups"));
    if (auto const translations = fields.optional_object("translations"))
        for (auto const& [locale, value] : translations->value().items())
            if (value.is_object() && value.contains("description") && value["description"].is_string())
                node.translated_descriptions[locale] = value["description"].get<std::string>();
    return node;
}

Result<RequirementSet> read_framework(JsonFields const& framework, std::string const& version)
{
    RequirementSet set;
    set.id = TRY(framework.text("urn"));
    set.ref_id = framework.optional_text("ref_id");
    set.name = framework.optional_text("name");
    set.version = version;
    for (auto const& group : TRY(framework.array("implementation_groups_definition")))
        set.group_definitions.push_back(TRY(group.text("ref_id")));
    std::set<std::string> seen;
    for (auto const& item : TRY(framework.array("requirement_nodes"))) {
        auto node = TRY(read_node(item));
        if (!seen.insert(node.id).second)
            return item.invalid("urn", "duplicate node " + node.id);
        set.nodes.push_back(std::move(node));
    }
    return set;
}

Result<MappingSet> read_mapping_set(JsonFields const& fields)
{
    MappingSet set{TRY(fields.text("source_framework_urn")), TRY(fields.text("target_framework_urn")), {}};
    for (auto const& item : TRY(fields.array("requirement_mappings")))
        set.mappings.push_back({TRY(item.text("source_requirement_urn")), TRY(item.text("target_requirement_urn")),
            item.optional_text("relationship")});
    return set;
}

} // namespace

Result<CisoLibrary> read_ciso_library(nlohmann::json const& document, std::string const& source_name)
{
    JsonFields const root(document, "", source_name);
    if (!document.is_object())
        return root.invalid("", "a CISO Assistant library must be a mapping at the top");
    CisoLibrary library{TRY(root.text("urn")), root.optional_text("ref_id"), root.optional_text("name"),
        root.optional_text("description"), {}, {}};
    auto const objects = TRY(root.object("objects"));
    if (auto const framework = objects.optional_object("framework"))
        library.framework = TRY(read_framework(*framework, root.optional_text("version")));
    if (auto const mapping = objects.optional_object("requirement_mapping_set"))
        library.mapping_set = TRY(read_mapping_set(*mapping));
    if (!library.framework && !library.mapping_set)
        return objects.invalid("", "holds neither a framework nor a requirement_mapping_set");
    return library;
}

Result<CisoLibrary> parse_ciso_library(std::string_view yaml_text, std::string const& source_name)
{
    auto const document = TRY(parse_yaml(yaml_text, source_name));
    return read_ciso_library(document, source_name);
}

} // namespace bolwerk::importers::ciso
