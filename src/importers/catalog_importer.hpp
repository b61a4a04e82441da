#pragma once

#include "common/result.hpp"
#include "importers/import_report.hpp"
#include "importers/source_reader.hpp"

#include <cstdint>
#include <string_view>

namespace bolwerk::importers {

/// The input formats a BIO2 catalog version can be imported from.
enum class CatalogFormat : std::uint8_t {
    MinbzkMarkdown, ///< BIO2 deel 2 as markdown (MinBZK GitHub edition).
    CisoAssistantYaml, ///< A CISO Assistant library (bio2.yaml).
    CisoAssistantXlsx, ///< A CISO Assistant library-builder workbook (bio2.xlsx).
};

std::string_view to_string(CatalogFormat format);

/// The detect step: decides the format from the content (and the name as a hint).
/// Content that no importer understands is Invalid.
Result<CatalogFormat> detect_format(SourceDocument const& document);

/// Detects the format of `document` and runs the importer for it.
Result<ImportedCatalog> import_catalog(SourceDocument const& document, ImportOptions const& options);

} // namespace bolwerk::importers
