#pragma once

#include "common/result.hpp"
#include "domain/vvt/statement.hpp"

#include <string>

namespace bolwerk::report::vvt {

/// The VvT as a PDF document: A4 landscape, the title, organisation and version in
/// the header of every page, "pagina 3 van 12" and the canonical SHA-256 in the footer,
/// the tables of statement_tables() with their header row repeated on every page a
/// table continues on, and long cells wrapped (a cell longer than 40 lines is cut off
/// with an ellipsis; the XLSX and JSON exports carry the full text).
///
/// Rendered in-process with cairo and pango (see docs/vvt.md for why) in DejaVu Sans
/// (Debian fonts-dejavu-core), so the text stays text: searchable, selectable and
/// readable by screen readers and pdftotext. Safe to call from several threads at once
/// (each call has its own surface and layouts). Internal error when cairo fails.
Result<std::string> render_statement_pdf(domain::vvt::StatementOfApplicability const& statement);

/// The PDF the public page offers (issue #13 item 4): render_statement_pdf with
/// `implementation`; without, only the header, the scope, the controls' applicability
/// and justification and the bijlage (no implementation status, no measures).
Result<std::string> render_public_statement_pdf(
    domain::vvt::StatementOfApplicability const& statement, bool implementation);

/// render_statement_pdf into a file; Unavailable when the file cannot be written.
Result<void> write_statement_pdf(std::string const& path, domain::vvt::StatementOfApplicability const& statement);

} // namespace bolwerk::report::vvt
