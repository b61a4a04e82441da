#include "importers/xlsx/xlsx_workbook.hpp"

#include "importers/source_text.hpp"

#include <pugixml.hpp>
#include <zip.h>

#include <algorithm>
#include <memory>

namespace bolwerk::importers::xlsx {

namespace {

struct ZipCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

bool wanted_part(std::string_view name)
{
    return name.substr(0, 3) == "xl/" && (name.ends_with(".xml") || name.ends_with(".rels"));
}

Result<std::string> read_entry(zip_t* archive, zip_uint64_t index, std::string const& source_name)
{
    zip_stat_t stat;
    if (zip_stat_index(archive, index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        return Error::invalid("cannot read a zip entry", {.source = source_name});
    if (stat.size > max_entry_bytes)
        return Error::invalid(std::string("zip entry ") + stat.name + " is too large", {.source = source_name});
    std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(archive, index, 0));
    if (!file)
        return Error::invalid(std::string("cannot open zip entry ") + stat.name, {.source = source_name});
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    auto const read = zip_fread(file.get(), bytes.data(), stat.size);
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
        return Error::invalid(std::string("zip entry ") + stat.name + " is damaged", {.source = source_name});
    return bytes;
}

Result<std::map<std::string, std::string>> read_parts(std::string_view bytes, std::string const& source_name)
{
    zip_error_t error;
    zip_error_init(&error);
    auto* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source)
        return Error::internal("libzip could not create a buffer source");
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(source, ZIP_RDONLY, &error));
    if (!archive) {
        zip_source_free(source);
        std::string const reason = zip_error_strerror(&error);
        zip_error_fini(&error);
        return Error::invalid("not an xlsx workbook (zip): " + reason, {.source = source_name});
    }
    std::map<std::string, std::string> parts;
    auto const count = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        char const* name = zip_get_name(archive.get(), static_cast<zip_uint64_t>(i), 0);
        if (!name || !wanted_part(name))
            continue;
        auto part = TRY(read_entry(archive.get(), static_cast<zip_uint64_t>(i), source_name));
        // Office writes UTF-8 XML; pugixml does not check the encoding, our JSON output needs it.
        if (auto const checked = check_utf8(part, source_name); !checked)
            return checked.error().with_context(std::string(name));
        parts[name] = std::move(part);
    }
    return parts;
}

Result<pugi::xml_document> parse_part(
    std::map<std::string, std::string> const& parts, std::string const& name, std::string const& source_name)
{
    auto const found = parts.find(name);
    if (found == parts.end())
        return Error::invalid("the workbook has no " + name, {.source = source_name});
    pugi::xml_document document;
    auto const parsed = document.load_buffer(found->second.data(), found->second.size());
    if (!parsed)
        return Error::invalid(name + ": " + parsed.description(), {.source = source_name, .field = name});
    return document;
}

std::string text_of(pugi::xml_node const& node)
{
    std::string text;
    for (auto const& piece : node.select_nodes(".//*[local-name()='t']"))
        text += piece.node().text().get();
    return text;
}

// "AB12" → column 27 (0-based), or npos if the reference has no letters.
std::size_t column_of(std::string_view reference)
{
    std::size_t column = 0;
    std::size_t letters = 0;
    for (char const c : reference) {
        if (c < 'A' || c > 'Z')
            break;
        column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
        if (++letters > 3)
            return std::string_view::npos;
    }
    return letters == 0 ? std::string_view::npos : column - 1;
}

} // namespace

Result<XlsxWorkbook> XlsxWorkbook::open(std::string_view bytes, std::string const& source_name)
{
    XlsxWorkbook workbook;
    workbook.m_source = source_name;
    workbook.m_parts = TRY(read_parts(bytes, source_name));
    auto const book = TRY(parse_part(workbook.m_parts, "xl/workbook.xml", source_name));
    auto const relations = TRY(parse_part(workbook.m_parts, "xl/_rels/workbook.xml.rels", source_name));
    std::map<std::string, std::string> targets;
    for (auto const& relation : relations.document_element().children())
        targets[relation.attribute("Id").value()] = relation.attribute("Target").value();
    for (auto const& sheet : book.select_nodes("//*[local-name()='sheet']")) {
        std::string target = targets[sheet.node().attribute("r:id").value()];
        if (target.rfind("/xl/", 0) == 0)
            target = target.substr(1);
        else if (target.rfind("xl/", 0) != 0)
            target = "xl/" + target;
        std::string name = sheet.node().attribute("name").value();
        TRY(check_utf8(name, source_name));
        workbook.m_sheets.emplace_back(std::move(name), target);
    }
    if (workbook.m_parts.contains("xl/sharedStrings.xml")) {
        auto const strings = TRY(parse_part(workbook.m_parts, "xl/sharedStrings.xml", source_name));
        for (auto const& item : strings.document_element().children()) {
            auto text = text_of(item);
            // pugixml turns character references such as &#xD800; into bytes that are not UTF-8.
            TRY(check_utf8(text, source_name));
            workbook.m_shared_strings.push_back(std::move(text));
        }
    }
    return workbook;
}

std::vector<std::string> XlsxWorkbook::sheet_names() const
{
    std::vector<std::string> names;
    for (auto const& [name, part] : m_sheets)
        names.push_back(name);
    return names;
}

Result<Sheet> XlsxWorkbook::sheet(std::string_view name) const
{
    auto const found
        = std::find_if(m_sheets.begin(), m_sheets.end(), [&](auto const& entry) { return entry.first == name; });
    if (found == m_sheets.end())
        return Error::not_found("the workbook has no sheet '" + std::string(name) + "'");
    auto const document = TRY(parse_part(m_parts, found->second, m_source));
    Sheet sheet{std::string(name), {}};
    for (auto const& row : document.select_nodes("//*[local-name()='sheetData']/*[local-name()='row']"))
        TRY(read_row(sheet, row.node()));
    return sheet;
}

Result<void> XlsxWorkbook::read_row(Sheet& sheet, pugi::xml_node const& row_node) const
{
    auto const row_number = row_node.attribute("r").as_ullong(sheet.rows.size() + 1);
    if (row_number == 0 || row_number > max_rows)
        return Error::invalid("sheet '" + sheet.name + "' has a row number out of range", {.source = m_source});
    if (sheet.rows.size() < row_number)
        sheet.rows.resize(row_number);
    auto& row = sheet.rows[row_number - 1];
    for (auto const& cell : row_node.children()) {
        auto const column = column_of(cell.attribute("r").value());
        auto const index = column == std::string_view::npos ? row.size() : column;
        if (index >= max_columns)
            return Error::invalid("sheet '" + sheet.name + "' has too many columns", {.source = m_source});
        if (row.size() <= index)
            row.resize(index + 1);
        row[index] = TRY(cell_text(cell, sheet.name, row_number));
    }
    return ok();
}

Result<std::string> XlsxWorkbook::cell_text(
    pugi::xml_node const& cell, std::string const& sheet_name, std::uint64_t row_number) const
{
    std::string_view const type = cell.attribute("t").value();
    if (type != "s") {
        auto text = type == "inlineStr" ? text_of(cell) : std::string(cell.child("v").text().get());
        TRY(check_utf8(text, m_source)); // character references may decode to non-UTF-8 bytes
        return text;
    }
    auto const index = cell.child("v").text().as_ullong(m_shared_strings.size());
    if (index >= m_shared_strings.size())
        return Error::invalid(
            "sheet '" + sheet_name + "' refers to a missing shared string", {.source = m_source, .line = row_number});
    return m_shared_strings[index];
}

} // namespace bolwerk::importers::xlsx
