#include "importers/framework_importer.hpp"

#include "importers/oscal/oscal_catalog_import.hpp"
#include "importers/xlsx/ciso_workbook.hpp"

namespace bolwerk::importers {

namespace {

constexpr std::string_view zip_signature = "PK\x03\x04";

std::string_view first_content(std::string_view text)
{
    auto const start = text.find_first_not_of(" \t\r\n");
    return start == std::string_view::npos ? std::string_view() : text.substr(start);
}

Result<ImportedFramework> from_oscal(Result<oscal::OscalCatalog> catalog, std::string format)
{
    return ImportedFramework{std::move(format), TRY(std::move(catalog)).set, {}};
}

Result<ImportedFramework> from_workbook(SourceDocument const& document)
{
    auto const workbook = TRY(xlsx::XlsxWorkbook::open(document.content, document.name));
    return ImportedFramework{"ciso-assistant-xlsx", TRY(xlsx::read_ciso_workbook(workbook, document.name)), {}};
}

Result<ImportedFramework> from_library(SourceDocument const& document)
{
    auto library = TRY(ciso::parse_ciso_library(document.content, document.name));
    return ImportedFramework{"ciso-assistant-yaml", std::move(library.framework), std::move(library.mapping_set)};
}

} // namespace

Result<ImportedFramework> import_framework(SourceDocument const& document)
{
    auto const& content = document.content;
    auto const start = first_content(content);
    if (content.substr(0, zip_signature.size()) == zip_signature)
        return from_workbook(document);
    if (start.substr(0, 1) == "{")
        return from_oscal(oscal::import_oscal_json(content, document.name), "oscal-json");
    if (start.substr(0, 1) == "<")
        return from_oscal(oscal::import_oscal_xml(content, document.name), "oscal-xml");
    if (content.find("urn: urn:intuitem:risk:library:") != std::string::npos)
        return from_library(document);
    if (start.substr(0, 8) == "catalog:" || content.find("\ncatalog:") != std::string::npos)
        return from_oscal(oscal::import_oscal_yaml(content, document.name), "oscal-yaml");
    return Error::invalid("cannot tell the format: expected a CISO Assistant library (YAML or XLSX) or an OSCAL "
                          "catalog (JSON, YAML or XML)",
        {.source = document.name});
}

} // namespace bolwerk::importers
