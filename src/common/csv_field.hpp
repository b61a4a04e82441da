#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace bolwerk {

/// How every CSV file Bolwerk writes spells a cell, and how its CSV readers undo it.
///
/// RFC 4180 2.6/2.7: a cell with a comma, a quote or a line break is quoted, its quotes
/// doubled. A cell that a spreadsheet would read as a formula, one starting with '=',
/// '+', '-', '@', a tab or a carriage return, gets a leading apostrophe, so that
/// `=HYPERLINK("http://evil.example","x")` typed as a risk owner stays text when the
/// export is opened (OWASP "CSV Injection"). A cell that starts with an apostrophe
/// followed by such a cell is guarded too, so remove_formula_guard() gives back
/// exactly what was written, whatever the text.

/// True when `value` gets the apostrophe: it starts with a formula character, or
/// with an apostrophe followed by a value that needs one.
bool needs_formula_guard(std::string_view value);

/// One cell: guarded, then quoted when needed.
std::string csv_field(std::string_view value);

/// `cells` as one line: fields separated by ',' and ended by CRLF, appended to `out`.
void append_csv_line(std::string& out, std::vector<std::string> const& cells);

/// A cell as read back: without the apostrophe csv_field() put in front of it. Other
/// apostrophes ("'s-Hertogenbosch") are kept.
std::string_view remove_formula_guard(std::string_view field);

} // namespace bolwerk
