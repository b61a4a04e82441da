#pragma once

#include "common/result.hpp"
#include "domain/risk/methodology.hpp"
#include "domain/risk/risk.hpp"

#include <string>
#include <vector>

namespace bolwerk::report {

/// The register as CSV (RFC 4180, UTF-8, comma, CRLF, formula-like cells guarded:
/// common/csv_field.hpp): one row per risk. The columns
/// are the import format of `bolwerk risk import` plus read-only derived columns (id,
/// impact, levels), so an export can be edited and imported again. One column
/// `impact_<area>` per impact area of the methodology.
std::string risk_register_csv(domain::RiskMethodology const& methodology, std::vector<domain::Risk> const& risks);

/// The same register as an XLSX workbook at `path`: a sheet "Risico's" with a frozen,
/// filtered header row (text cells are strings, never formulas, whatever they start
/// with)
/// filtered header row, and a sheet "Methodiek" with the scales. Unavailable when the
/// file cannot be written.
Result<void> write_risk_register_xlsx(
    std::string const& path, domain::RiskMethodology const& methodology, std::vector<domain::Risk> const& risks);

/// The column names, in order (shared with the importer's documentation and tests).
std::vector<std::string> risk_register_columns(domain::RiskMethodology const& methodology);

} // namespace bolwerk::report
