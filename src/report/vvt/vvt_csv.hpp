#pragma once

#include "domain/vvt/statement.hpp"

#include <string>
#include <vector>

namespace bolwerk::report::vvt {

/// The measure rows of the VvT as one CSV file (RFC 4180, UTF-8, comma, CRLF, cells
/// that look like formulas guarded: common/csv_field.hpp), for
/// further processing rather than reading: snake_case column names and the stored
/// names of statuses and results ("implemented", "compliant"), one row per
/// overheidsmaatregel with its control's applicability beside it. The controls and the
/// bijlage are in the XLSX and JSON exports; a CSV file holds one table.
std::string statement_measures_csv(domain::vvt::StatementOfApplicability const& statement);

/// The column names, in order.
std::vector<std::string> statement_csv_columns();

} // namespace bolwerk::report::vvt
