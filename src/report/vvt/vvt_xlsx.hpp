#pragma once

#include "common/result.hpp"
#include "domain/vvt/statement.hpp"

#include <string>

namespace bolwerk::report::vvt {

/// Writes the VvT as an XLSX workbook at `path` with libxlsxwriter: one sheet per part
/// of statement_tables() (Verklaring, Reikwijdte, Beheersmaatregelen,
/// Overheidsmaatregelen, Bijlage uitzonderingen), each with Dutch headers, a frozen
/// header row, an autofilter, column widths and wrapped text. Counts are numbers, the
/// rest text (dates as "YYYY-MM-DD", so no spreadsheet reinterprets them).
/// Unavailable when the file cannot be written.
Result<void> write_statement_xlsx(std::string const& path, domain::vvt::StatementOfApplicability const& statement);

} // namespace bolwerk::report::vvt
