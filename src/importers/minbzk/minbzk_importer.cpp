#include "importers/minbzk/minbzk_importer.hpp"

#include "importers/catalog_validation.hpp"
#include "importers/minbzk/markdown_document.hpp"
#include "importers/minbzk/markdown_mapper.hpp"

#include <algorithm>

namespace bolwerk::importers::minbzk {

namespace {

constexpr std::string_view framework_name = "bio2";

Result<domain::catalog::VersionReference> choose_version(MarkdownDocument const& document, ImportOptions const& options)
{
    if (options.as)
        return *options.as;
    auto const detected = detect_version(document);
    if (!detected)
        return Error::invalid("the document does not say its BIO2 version; give it with --as bio2@VERSION",
            {.source = options.source_name});
    return domain::catalog::VersionReference::parse(std::string(framework_name) + "@" + *detected);
}

Error blocking_error(Defect const& defect, std::string const& source_name)
{
    return Error::invalid(defect.message + " (" + std::string(to_string(defect.kind)) + ")",
        {.source = source_name, .field = defect.field, .line = defect.line});
}

std::vector<domain::catalog::CatalogItem> items_of(std::vector<LocatedItem>&& entries)
{
    std::vector<domain::catalog::CatalogItem> items;
    items.reserve(entries.size());
    for (auto& entry : entries)
        items.push_back(std::move(entry.item));
    return items;
}

} // namespace

Result<ImportedCatalog> import_markdown(std::string_view text, ImportOptions const& options)
{
    auto const document = TRY(MarkdownDocument::parse(text, options.source_name));
    auto mapped = TRY(map_sections(document, options.source_name));
    auto const reference = TRY(choose_version(document, options));

    ImportReport report;
    report.source = options.source_name;
    report.layout = mapped.has_contribution_lines ? "minbzk-markdown-v1.2" : "minbzk-markdown-v1.3";
    report.defects = validate_entries(mapped.entries);
    report.defects.insert(report.defects.end(), mapped.defects.begin(), mapped.defects.end());
    std::stable_sort(
        report.defects.begin(), report.defects.end(), [](Defect const& a, Defect const& b) { return a.line < b.line; });
    if (auto const* blocking = report.first_blocking())
        return blocking_error(*blocking, options.source_name);

    auto version
        = TRY(domain::catalog::CatalogVersion::create(reference, document.title, items_of(std::move(mapped.entries))));
    report.count_items(version);
    return ImportedCatalog{std::move(version), std::move(report)};
}

} // namespace bolwerk::importers::minbzk
