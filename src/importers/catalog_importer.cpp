#include "importers/catalog_importer.hpp"

#include "importers/ciso/ciso_bio2.hpp"
#include "importers/minbzk/minbzk_importer.hpp"
#include "importers/xlsx/ciso_workbook.hpp"

namespace bolwerk::importers {

std::string_view to_string(CatalogFormat format)
{
    switch (format) {
    case CatalogFormat::MinbzkMarkdown: return "minbzk-markdown";
    case CatalogFormat::CisoAssistantYaml: return "ciso-assistant-yaml";
    case CatalogFormat::CisoAssistantXlsx: return "ciso-assistant-xlsx";
    }
    return "unknown";
}

namespace {

Result<ImportedCatalog> import_bio2_library(ciso::CisoLibrary const& library, CatalogFormat format,
    SourceDocument const& document, ImportOptions const& options)
{
    if (!ciso::is_bio2_library(library))
        return Error::invalid("library '" + library.ref_id + "' is not a BIO2 catalog; only BIO2 versions are stored",
            {.source = document.name});
    auto imported = TRY(ciso::bio2_catalog_from_library(library, options));
    imported.report.layout = std::string(to_string(format));
    return imported;
}

} // namespace

Result<CatalogFormat> detect_format(SourceDocument const& document)
{
    auto const& content = document.content;
    if (content.rfind("PK\x03\x04", 0) == 0) // a zip archive: an Office workbook
        return CatalogFormat::CisoAssistantXlsx;
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
    auto const format = TRY(detect_format(document));
    switch (format) {
    case CatalogFormat::MinbzkMarkdown: return minbzk::import_markdown(document.content, options);
    case CatalogFormat::CisoAssistantYaml:
        return import_bio2_library(
            TRY(ciso::parse_ciso_library(document.content, document.name)), format, document, options);
    case CatalogFormat::CisoAssistantXlsx: {
        auto const workbook = TRY(xlsx::XlsxWorkbook::open(document.content, document.name));
        return import_bio2_library(
            TRY(xlsx::read_ciso_workbook_library(workbook, document.name)), format, document, options);
    }
    }
    return Error::internal("no importer for the detected format");
}

} // namespace bolwerk::importers
