#pragma once

#include <string>
#include <string_view>
#include <vector>

// CSV writing for the supplier exports: RFC 4180 quoting and neutralisation of cells
// that a spreadsheet would run as a formula (CSV injection, OWASP). Written here
// because the shared helper another change is adding was not on main yet; when it
// lands, the supplier exports should use it and this file should go.
namespace bolwerk::report::supplier {

/// A cell that starts with '=', '+', '-', '@', a tab or a carriage return gets a
/// leading apostrophe, so that a spreadsheet shows it as text instead of evaluating
/// it. Other text is returned unchanged.
std::string neutralise_formula(std::string_view cell);

/// Appends one CSV record (comma, CRLF): every cell neutralised, then quoted when it
/// holds a comma, a quote or a line break, with quotes doubled (RFC 4180 2.6, 2.7).
void append_csv_record(std::string& out, std::vector<std::string> const& cells);

} // namespace bolwerk::report::supplier
