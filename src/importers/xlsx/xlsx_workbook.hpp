#pragma once

#include "common/result.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pugi {
class xml_node;
} // namespace pugi

namespace bolwerk::importers::xlsx {

/// One worksheet as text: rows by row number (from 1), cells by column (from 0).
/// Empty cells are empty strings; numbers are their stored text ("1", "0.5").
struct Sheet {
    std::string name;
    std::vector<std::vector<std::string>> rows; ///< rows[0] is spreadsheet row 1.
};

/// Entries larger than this (uncompressed) are refused: a zip bomb must not fill memory.
constexpr std::size_t max_entry_bytes = 32 * 1024 * 1024;
/// Sheets with more rows or columns than this are refused.
constexpr std::size_t max_rows = 100'000;
constexpr std::size_t max_columns = 1'000;

/// An Office Open XML workbook (.xlsx) read with libzip and pugixml: the sheet
/// names, the shared strings and each sheet's cells as text. Formulas are not
/// evaluated; their cached value is used. A plain value once opened.
class XlsxWorkbook {
public:
    /// Opens a workbook from its bytes. A broken zip, a missing part or malformed XML
    /// is Invalid, naming the part.
    static Result<XlsxWorkbook> open(std::string_view bytes, std::string const& source_name);

    std::vector<std::string> sheet_names() const;
    /// The sheet called `name`; NotFound if there is none.
    Result<Sheet> sheet(std::string_view name) const;

private:
    XlsxWorkbook() = default;
    Result<void> read_row(Sheet& sheet, pugi::xml_node const& row_node) const;
    Result<std::string> cell_text(
        pugi::xml_node const& cell, std::string const& sheet_name, std::uint64_t row_number) const;

    std::string m_source;
    std::map<std::string, std::string> m_parts; ///< Zip entry name → bytes (only xl/*.xml).
    std::vector<std::pair<std::string, std::string>> m_sheets; ///< Name → part path, in workbook order.
    std::vector<std::string> m_shared_strings;
};

} // namespace bolwerk::importers::xlsx
