#include "report/vvt/vvt_xlsx.hpp"

#include "report/vvt/vvt_tables.hpp"

#include <xlsxwriter.h>

#include <charconv>
#include <chrono>
#include <ctime>

namespace bolwerk::report::vvt {

namespace {

struct Formats {
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;
};

Formats add_formats(lxw_workbook* workbook)
{
    Formats formats{workbook_add_format(workbook), workbook_add_format(workbook)};
    format_set_bold(formats.header);
    format_set_text_wrap(formats.header);
    format_set_align(formats.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(formats.header, 0xDDE5F0);
    format_set_bottom(formats.header, LXW_BORDER_THIN);
    format_set_text_wrap(formats.text);
    format_set_align(formats.text, LXW_ALIGN_VERTICAL_TOP);
    return formats;
}

void write_cell(
    lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, std::string const& cell, bool number, lxw_format* format)
{
    long value = 0;
    auto const* end = cell.data() + cell.size();
    if (number && !cell.empty() && std::from_chars(cell.data(), end, value).ptr == end) {
        worksheet_write_number(sheet, row, column, static_cast<double>(value), format);
        return;
    }
    worksheet_write_string(sheet, row, column, cell.c_str(), format);
}

void write_sheet(lxw_workbook* workbook, Table const& table, Formats const& formats)
{
    auto* sheet = workbook_add_worksheet(workbook, table.title.c_str());
    for (std::size_t column = 0; column < table.columns.size(); ++column) {
        auto const target = static_cast<lxw_col_t>(column);
        worksheet_set_column(sheet, target, target, table.columns[column].width, nullptr);
        worksheet_write_string(sheet, 0, target, table.columns[column].header.c_str(), formats.header);
    }
    lxw_row_t row = 1;
    for (auto const& cells : table.rows) {
        for (std::size_t column = 0; column < cells.size(); ++column)
            write_cell(
                sheet, row, static_cast<lxw_col_t>(column), cells[column], table.columns[column].number, formats.text);
        ++row;
    }
    worksheet_freeze_panes(sheet, 1, 0);
    auto const last_column = static_cast<lxw_col_t>(table.columns.size() - 1);
    worksheet_autofilter(sheet, 0, 0, row - 1, last_column);
}

} // namespace

Result<void> write_statement_xlsx(std::string const& path, domain::vvt::StatementOfApplicability const& statement)
{
    lxw_workbook* workbook = workbook_new(path.c_str());
    if (workbook == nullptr)
        return Error::unavailable("cannot create '" + path + "'");
    auto title = std::string(document_title) + " — " + document_subtitle(statement);
    auto company = statement.header.metadata.organisation_name;
    lxw_doc_properties properties{};
    properties.title = title.data(); // copied by libxlsxwriter
    properties.company = company.data();
    // The generation time, not the wall clock, so that the same version gives the same file.
    properties.created = static_cast<time_t>(
        std::chrono::duration_cast<std::chrono::seconds>(statement.header.metadata.generated_at.time_since_epoch())
            .count());
    workbook_set_properties(workbook, &properties);
    auto const formats = add_formats(workbook);
    for (auto const& table : statement_tables(statement))
        write_sheet(workbook, table, formats);
    // workbook_close frees the workbook whatever it returns.
    auto const error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        return Error::unavailable("cannot write '" + path + "': " + lxw_strerror(error));
    return ok();
}

} // namespace bolwerk::report::vvt
