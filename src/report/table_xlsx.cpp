#include "report/table_xlsx.hpp"

#include "common/file_io.hpp"

#include <xlsxwriter.h>

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <unistd.h>
#include <utility>

namespace bolwerk::report {

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

// A private temporary file, removed when this object goes.
class TemporaryFile {
public:
    static Result<TemporaryFile> create(std::string_view suffix)
    {
        auto pattern = (std::filesystem::temp_directory_path() / "bolwerk-xlsx-XXXXXX").string() + std::string(suffix);
        int const descriptor = ::mkstemps(pattern.data(), static_cast<int>(suffix.size()));
        if (descriptor < 0)
            return Error::unavailable("cannot create a temporary file for the export");
        ::close(descriptor);
        return TemporaryFile(std::move(pattern));
    }
    TemporaryFile(TemporaryFile&& other) noexcept
        : m_path(std::exchange(other.m_path, {}))
    {
    }
    TemporaryFile(TemporaryFile const&) = delete;
    TemporaryFile& operator=(TemporaryFile const&) = delete;
    TemporaryFile& operator=(TemporaryFile&&) = delete;
    ~TemporaryFile()
    {
        if (!m_path.empty())
            ::unlink(m_path.c_str());
    }
    std::string const& path() const { return m_path; }

private:
    explicit TemporaryFile(std::string path)
        : m_path(std::move(path))
    {
    }
    std::string m_path;
};

} // namespace

Result<void> write_tables_xlsx(
    std::string const& path, std::span<Table const> tables, WorkbookProperties const& properties)
{
    lxw_workbook* workbook = workbook_new(path.c_str());
    if (workbook == nullptr)
        return Error::unavailable("cannot create '" + path + "'");
    auto title = properties.title;
    auto company = properties.company;
    lxw_doc_properties document{};
    document.title = title.data(); // copied by libxlsxwriter
    document.company = company.data();
    document.created = static_cast<time_t>(
        std::chrono::duration_cast<std::chrono::seconds>(properties.created.time_since_epoch()).count());
    workbook_set_properties(workbook, &document);
    auto const formats = add_formats(workbook);
    for (auto const& table : tables)
        write_sheet(workbook, table, formats);
    // workbook_close frees the workbook whatever it returns.
    auto const error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        return Error::unavailable("cannot write '" + path + "': " + lxw_strerror(error));
    return ok();
}

Result<std::string> tables_xlsx_bytes(std::span<Table const> tables, WorkbookProperties const& properties)
{
    auto const file = TRY(TemporaryFile::create(".xlsx"));
    TRY(write_tables_xlsx(file.path(), tables, properties));
    return read_file(file.path());
}

} // namespace bolwerk::report
