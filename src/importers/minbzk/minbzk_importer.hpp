#pragma once

#include "common/result.hpp"
#include "importers/import_report.hpp"

#include <string_view>

namespace bolwerk::importers::minbzk {

/// Imports BIO2 deel 2 (BIO-overheidsmaatregelen) from the markdown of the MinBZK
/// GitHub edition (docs/maatregelen/index.md), in the v1.2 layout (with "Draagt bij
/// aan" lines) or the v1.3 layout: parse → map → validate → one CatalogVersion.
/// The version comes from options.as, else from the disclaimer ("De BIO2 versie 1.3
/// in de GitHub-omgeving"). Defects are reported; a blocking one (duplicate number,
/// unknown control) makes the import fail with its line, so that nothing is stored.
Result<ImportedCatalog> import_markdown(std::string_view text, ImportOptions const& options);

} // namespace bolwerk::importers::minbzk
