#include "importers/catalog_importer.hpp"

#include "importers/minbzk/minbzk_importer.hpp"

namespace bolwerk::importers {

std::string_view to_string(CatalogFormat format)
{
    switch (format) {
    case CatalogFormat::MinbzkMarkdown: return "minbzk-markdown";
    }
    return "unknown";
}

Result<CatalogFormat> detect_format(SourceDocument const& document)
{
    auto const& content = document.content;
    // BIO2 deel 2 markdown: measure headings "## 5.01.01" at the start of a line.
    if (content.rfind("## ", 0) == 0 || content.find("\n## ") != std::string::npos)
        return CatalogFormat::MinbzkMarkdown;
    return Error::invalid(
        "cannot tell the format of this input; expected BIO2 deel 2 as markdown", {.source = document.name});
}

Result<ImportedCatalog> import_catalog(SourceDocument const& document, ImportOptions const& options)
{
    switch (TRY(detect_format(document))) {
    case CatalogFormat::MinbzkMarkdown: return minbzk::import_markdown(document.content, options);
    }
    return Error::internal("no importer for the detected format");
}

} // namespace bolwerk::importers
