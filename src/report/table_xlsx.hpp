#pragma once

#include "common/clock.hpp"
#include "common/result.hpp"
#include "report/table.hpp"

#include <span>
#include <string>

namespace bolwerk::report {

/// The document properties of a workbook.
struct WorkbookProperties {
    std::string title;
    std::string company;
    Timestamp created; ///< Not the wall clock, so that the same content gives the same file.
};

/// Writes `tables` as an XLSX workbook at `path` with libxlsxwriter: one sheet per
/// table with a bold header row on a tint, frozen, with an autofilter, the column
/// widths and wrapped text. Number columns hold numbers; every other cell is written
/// as a string, never as a formula, whatever it starts with (= + - @: a string cell is
/// never run). Unavailable when the file cannot be written.
Result<void> write_tables_xlsx(
    std::string const& path, std::span<Table const> tables, WorkbookProperties const& properties);

/// The same workbook as bytes, written through a private temporary file.
Result<std::string> tables_xlsx_bytes(std::span<Table const> tables, WorkbookProperties const& properties);

} // namespace bolwerk::report
