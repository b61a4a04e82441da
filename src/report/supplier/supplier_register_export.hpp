#pragma once

#include "common/result.hpp"
#include "domain/supplier/supplier_register.hpp"

#include <string>
#include <vector>

namespace bolwerk::report::supplier {

/// The register's columns, in order. One row per service of a supplier (a supplier
/// without services gets one row), with the contract that covers the service (the
/// active one, else a concept, else the latest ended) and the supplier's assurance
/// status. The columns the supplier import reads carry its field names (name,
/// kvk_number, …, notice_days), so an export can be edited and imported again; the
/// other columns are derived and ignored on import.
std::vector<std::string> supplier_register_columns();

/// The register (BIO2 5.22.02) as CSV: RFC 4180, UTF-8, comma, CRLF; cells that a
/// spreadsheet would run as a formula are guarded (common/csv_field.hpp).
std::string supplier_register_csv(std::vector<domain::RegisterEntry> const& register_entries);

/// The register as an XLSX workbook at `path`: a sheet "Register" with the CSV's rows
/// (frozen, filtered header; dates as text in ISO form so that they sort) and a sheet
/// "Contracten" with every contract, ended ones included. XLSX stores text cells as
/// strings, which a spreadsheet never evaluates. Unavailable when the file cannot
/// be written.
Result<void> write_supplier_register_xlsx(
    std::string const& path, std::vector<domain::RegisterEntry> const& register_entries);

} // namespace bolwerk::report::supplier
