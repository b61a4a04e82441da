#include "importers/catalog_validation.hpp"
#include "importers/oscal/oscal_catalog_import.hpp"
#include "importers/source_text.hpp"
#include "importers/structured/json_reader.hpp"

#include <pugixml.hpp>

#include <cstring>

namespace bolwerk::importers::oscal {

namespace {

using domain::catalog::RequirementNode;

// The element name without a namespace prefix ("oscal:group" → "group").
std::string_view local_name(pugi::xml_node const& node)
{
    std::string_view const name = node.name();
    auto const colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(pugi::xml_node const& node, std::string_view name)
{
    for (auto const& element : node.children())
        if (element.type() == pugi::node_element && local_name(element) == name)
            return element;
    return {};
}

std::string all_text(pugi::xml_node const& node)
{
    std::string text;
    for (auto const& piece : node.select_nodes(".//text()"))
        text += std::string(piece.node().value()) + " ";
    return collapse_whitespace(text);
}

std::string label_of(pugi::xml_node const& node)
{
    for (auto const& element : node.children())
        if (local_name(element) == "prop" && std::strcmp(element.attribute("name").value(), "label") == 0)
            return element.attribute("value").value();
    return node.attribute("id").value();
}

std::string prose_of(pugi::xml_node const& node)
{
    std::string prose;
    for (auto const& element : node.children()) {
        if (local_name(element) != "part")
            continue;
        auto const text = all_text(element);
        if (!text.empty())
            prose += (prose.empty() ? "" : "\n") + text;
    }
    return prose;
}

struct Walker {
    OscalCatalog& catalog;
    std::string const& source_name;

    Result<void> read(pugi::xml_node const& element, std::string const& parent, std::uint32_t depth, bool is_control)
    {
        if (depth > max_nesting_depth)
            return Error::invalid("the OSCAL catalog is nested too deeply", {.source = source_name});
        std::string const id = element.attribute("id").value();
        if (id.empty())
            return Error::invalid(std::string(local_name(element)) + " without an id", {.source = source_name});
        RequirementNode node{id, parent, label_of(element), all_text(child(element, "title")), prose_of(element), depth,
            is_control, {}, {}, 0};
        if (auto const class_name = std::string(element.attribute("class").value()); !class_name.empty())
            node.groups.push_back(class_name);
        (is_control ? catalog.control_count : catalog.group_count) += 1;
        catalog.set.nodes.push_back(std::move(node));
        for (auto const& nested : element.children()) {
            auto const name = local_name(nested);
            if (name == "group" || name == "control")
                TRY(read(nested, id, depth + 1, name == "control"));
        }
        return ok();
    }
};

ErrorLocation location_of_offset(std::string_view text, std::ptrdiff_t offset, std::string const& source_name)
{
    std::uint64_t line = 1;
    for (std::ptrdiff_t i = 0; i < offset && static_cast<std::size_t>(i) < text.size(); ++i)
        line += text[static_cast<std::size_t>(i)] == '\n' ? 1 : 0;
    return {.source = source_name, .line = line};
}

// pugixml turns character references such as &#xD800; into bytes that are not UTF-8.
Result<void> check_decoded_text(domain::catalog::RequirementSet const& set, std::string const& source_name)
{
    auto const check = [&](std::string const& text) { return check_utf8(text, source_name); };
    TRY(check(set.id));
    TRY(check(set.name));
    TRY(check(set.version));
    for (auto const& node : set.nodes) {
        for (auto const* text : {&node.id, &node.ref_id, &node.name, &node.description})
            if (auto const checked = check(*text); !checked)
                return Error::invalid("a character reference in " + node.id + " is not a valid character",
                    {.source = source_name, .field = node.id});
        for (auto const& group : node.groups)
            TRY(check(group));
    }
    return ok();
}

} // namespace

Result<OscalCatalog> import_oscal_xml(std::string_view text, std::string const& source_name)
{
    TRY(check_utf8(text, source_name)); // pugixml does not check the encoding
    pugi::xml_document document;
    auto const parsed = document.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed)
        return Error::invalid(std::string("not valid XML: ") + parsed.description(),
            location_of_offset(text, parsed.offset, source_name));
    auto const root = document.document_element();
    if (local_name(root) != "catalog")
        return Error::invalid("the root element is not an OSCAL catalog", {.source = source_name});
    OscalCatalog catalog;
    catalog.set.id = root.attribute("uuid").value();
    auto const metadata = child(root, "metadata");
    catalog.set.name = all_text(child(metadata, "title"));
    catalog.set.version = all_text(child(metadata, "version"));
    if (catalog.set.id.empty() || !metadata)
        return Error::invalid("an OSCAL catalog needs a uuid and metadata", {.source = source_name});
    Walker walker{catalog, source_name};
    for (auto const& element : root.children()) {
        auto const name = local_name(element);
        catalog.top_group_count += name == "group" ? 1 : 0;
        if (name == "group" || name == "control")
            TRY(walker.read(element, "", 1, name == "control"));
    }
    TRY(check_decoded_text(catalog.set, source_name));
    return catalog;
}

} // namespace bolwerk::importers::oscal
