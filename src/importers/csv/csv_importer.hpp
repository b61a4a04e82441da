#pragma once

#include "common/result.hpp"
#include "importers/csv/csv_mapping.hpp"
#include "importers/import_report.hpp"

#include <string_view>

namespace bolwerk::importers::csv {

/// Imports a BIO2 catalog version from CSV (e.g. the official "BIO2 in Excel" saved
/// as CSV) with a column mapping: each data row whose number cell holds a measure
/// number becomes an entry, its kind decided from its text as in deel 2; rows with an
/// empty number or an ISO control number ("5.1") are headings and are skipped. Any
/// other number is Invalid with its line. Validation and blocking defects as for
/// the markdown importer. The version comes from options.as, else mapping.version.
Result<ImportedCatalog> import_csv(std::string_view text, CsvMapping const& mapping, ImportOptions const& options);

} // namespace bolwerk::importers::csv
