#pragma once

#include "common/result.hpp"
#include "domain/vvt/statement.hpp"

#include <string>

namespace bolwerk::report::vvt {

/// The VvT as an XLSX workbook (report/table_xlsx.hpp): one sheet per part
/// of statement_tables() (Verklaring, Reikwijdte, Beheersmaatregelen,
/// Overheidsmaatregelen, Bijlage uitzonderingen), each with Dutch headers, a frozen
/// header row, an autofilter, column widths and wrapped text. Counts are numbers, the
/// rest text (dates as "YYYY-MM-DD", so no spreadsheet reinterprets them).
/// Unavailable when the temporary file cannot be written.
Result<std::string> statement_xlsx_bytes(domain::vvt::StatementOfApplicability const& statement);

} // namespace bolwerk::report::vvt
