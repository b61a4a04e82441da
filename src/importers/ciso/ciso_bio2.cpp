#include "importers/ciso/ciso_bio2.hpp"

#include "importers/catalog_validation.hpp"

#include <algorithm>
#include <cctype>

namespace bolwerk::importers::ciso {

namespace {

using domain::catalog::ItemKind;
using domain::catalog::MeasureNumber;

constexpr std::string_view dutch = "nl";

std::optional<std::string> version_in(std::string const& description)
{
    constexpr std::string_view marker = "version ";
    auto const at = description.find(marker);
    if (at == std::string::npos)
        return std::nullopt;
    auto const start = at + marker.size();
    auto end = start;
    while (end < description.size()
        && (std::isdigit(static_cast<unsigned char>(description[end])) || description[end] == '.'))
        ++end;
    if (end == start)
        return std::nullopt;
    return description.substr(start, end - start);
}

Result<domain::catalog::VersionReference> choose_version(CisoLibrary const& library, ImportOptions const& options)
{
    if (options.as)
        return *options.as;
    auto const version = version_in(library.description);
    if (!version)
        return Error::invalid("the library does not say its BIO2 version; give it with --as bio2@VERSION",
            {.source = options.source_name});
    return domain::catalog::VersionReference::parse("bio2@" + *version);
}

void add_tags(LocatedItem& entry, domain::catalog::RequirementNode const& node, std::vector<std::string> const& defined,
    std::vector<Defect>& defects)
{
    for (auto const& group : node.groups) {
        bool const is_defined = std::find(defined.begin(), defined.end(), group) != defined.end();
        auto const tag = domain::catalog::parse_measure_tag(group);
        if (!is_defined || !tag)
            defects.push_back({DefectKind::UnknownTag, 0, node.ref_id,
                "implementation group '" + group + "' is not defined in the library"});
        if (tag)
            entry.item.tags.push_back(*tag);
    }
}

Result<LocatedItem> entry_from_node(domain::catalog::RequirementNode const& node, std::string const& source_name)
{
    auto number = MeasureNumber::parse_lenient(node.ref_id);
    if (!number)
        return Error::invalid("node " + node.id + ": ref_id '" + node.ref_id + "' is not a measure number",
            {.source = source_name, .field = node.id});
    auto const dutch_text = node.translated_descriptions.find(std::string(dutch));
    auto text = dutch_text != node.translated_descriptions.end() ? dutch_text->second : node.description;
    return LocatedItem{
        {number->number, ItemKind::Substantive, {}, std::move(text), {}}, node.line, number->was_normalised, false, {}};
}

} // namespace

bool is_bio2_library(CisoLibrary const& library) { return library.framework && library.framework->ref_id == "bio2"; }

Result<ImportedCatalog> bio2_catalog_from_library(CisoLibrary const& library, ImportOptions const& options)
{
    if (!library.framework)
        return Error::invalid("the library holds no framework", {.source = options.source_name});
    auto const reference = TRY(choose_version(library, options));
    std::vector<LocatedItem> entries;
    std::vector<Defect> tag_defects;
    for (auto const& node : library.framework->nodes) {
        if (!node.assessable)
            continue;
        auto entry = TRY(entry_from_node(node, options.source_name));
        add_tags(entry, node, library.framework->group_definitions, tag_defects);
        entries.push_back(std::move(entry));
    }
    ImportReport report{options.source_name, "ciso-assistant-yaml", {}, validate_entries(entries)};
    report.defects.insert(report.defects.end(), tag_defects.begin(), tag_defects.end());
    if (auto const* blocking = report.first_blocking())
        return Error::invalid(blocking->message, {.source = options.source_name, .field = blocking->field});
    std::vector<domain::catalog::CatalogItem> items;
    items.reserve(entries.size());
    for (auto& entry : entries)
        items.push_back(std::move(entry.item));
    auto version = TRY(domain::catalog::CatalogVersion::create(reference, library.name, std::move(items)));
    report.count_items(version);
    return ImportedCatalog{std::move(version), std::move(report)};
}

} // namespace bolwerk::importers::ciso
