#include "importers/catalog_importer.hpp"

#include "importers/ciso/ciso_bio2.hpp"
#include "importers/minbzk/minbzk_importer.hpp"

namespace bolwerk::importers {

std::string_view to_string(CatalogFormat format)
{
    switch (format) {
    case CatalogFormat::MinbzkMarkdown: return "minbzk-markdown";
    case CatalogFormat::CisoAssistantYaml: return "ciso-assistant-yaml";
    }
    return "unknown";
}

namespace {

Result<ImportedCatalog> import_ciso_bio2(SourceDocument const& document, ImportOptions const& options)
{
    auto const library = TRY(ciso::parse_ciso_library(document.content, document.name));
    if (!ciso::is_bio2_library(library))
        return Error::invalid("library '" + library.ref_id + "' is not a BIO2 catalog; only BIO2 versions are stored",
            {.source = document.name});
    return ciso::bio2_catalog_from_library(library, options);
}

} // namespace

Result<CatalogFormat> detect_format(SourceDocument const& document)
{
    auto const& content = document.content;
    // CISO Assistant libraries are YAML with an intuitem library URN near the top.
    if (content.find("urn: urn:intuitem:risk:library:") != std::string::npos
        && content.find("objects:") != std::string::npos)
        return CatalogFormat::CisoAssistantYaml;
    // BIO2 deel 2 markdown: measure headings "## 5.01.01" at the start of a line.
    if (content.rfind("## ", 0) == 0 || content.find("\n## ") != std::string::npos)
        return CatalogFormat::MinbzkMarkdown;
    return Error::invalid(
        "cannot tell the format of this input; expected BIO2 deel 2 as markdown or a CISO Assistant library",
        {.source = document.name});
}

Result<ImportedCatalog> import_catalog(SourceDocument const& document, ImportOptions const& options)
{
    switch (TRY(detect_format(document))) {
    case CatalogFormat::MinbzkMarkdown: return minbzk::import_markdown(document.content, options);
    case CatalogFormat::CisoAssistantYaml: return import_ciso_bio2(document, options);
    }
    return Error::internal("no importer for the detected format");
}

} // namespace bolwerk::importers
