#pragma once

#include <string>
#include <vector>

// A table of text cells with labelled columns: what the spreadsheet and PDF writers
// share (the VvT's parts, the audit trail).
namespace bolwerk::report {

struct Column {
    std::string header;
    double width = 12; ///< In characters of the default font (XLSX); the PDF uses it as a relative weight.
    bool number = false; ///< Cells hold integers (written as numbers in XLSX).
};

/// Invariant: every row has one cell per column.
struct Table {
    std::string title; ///< Also the XLSX sheet name (at most 31 characters).
    std::vector<Column> columns;
    std::vector<std::vector<std::string>> rows;
};

} // namespace bolwerk::report
