#include "importers/xlsx/ciso_workbook.hpp"

#include "common/text.hpp"

#include <algorithm>
#include <charconv>
#include <map>

namespace bolwerk::importers::xlsx {

namespace {

using domain::catalog::RequirementNode;
using Columns = std::map<std::string, std::size_t, std::less<>>;

Result<std::string> content_sheet_name(XlsxWorkbook const& workbook, std::string const& source_name)
{
    for (auto const& name : workbook.sheet_names())
        if (name.ends_with("_content") && name != "ig_content")
            return name;
    return Error::invalid("the workbook has no content sheet (req_content or fwk_content)", {.source = source_name});
}

std::string cell(std::vector<std::string> const& row, Columns const& columns, std::string_view name)
{
    auto const found = columns.find(name);
    if (found == columns.end() || found->second >= row.size())
        return {};
    return std::string(trim(row[found->second]));
}

Result<std::uint32_t> depth_of(std::string const& text, std::uint64_t row, std::string const& source_name)
{
    std::uint32_t depth = 1;
    auto const parsed = std::from_chars(text.data(), text.data() + text.size(), depth);
    if (text.empty() || parsed.ec != std::errc{} || parsed.ptr != text.data() + text.size() || depth == 0)
        return Error::invalid("depth '" + text + "' is not a whole number from 1",
            {.source = source_name, .field = "depth", .line = row});
    return depth;
}

std::vector<std::string> groups_of(std::string const& text)
{
    std::vector<std::string> groups;
    for (auto const group : split(text, ','))
        if (!trim(group).empty())
            groups.emplace_back(trim(group));
    return groups;
}

Result<RequirementNode> node_from_row(
    std::vector<std::string> const& row, Columns const& columns, std::uint64_t line, std::string const& source_name)
{
    RequirementNode node;
    node.ref_id = cell(row, columns, "ref_id");
    node.id = node.ref_id.empty() ? "row-" + std::to_string(line) : node.ref_id;
    node.name = cell(row, columns, "name");
    node.description = cell(row, columns, "description");
    node.depth = TRY(depth_of(cell(row, columns, "depth"), line, source_name));
    node.assessable = to_ascii_lower(cell(row, columns, "assessable")) == "x";
    node.groups = groups_of(cell(row, columns, "implementation_groups"));
    node.line = line;
    for (auto const& [column, index] : columns)
        if (column.starts_with("description[") && column.ends_with("]") && index < row.size())
            node.translated_descriptions[column.substr(12, column.size() - 13)] = std::string(trim(row[index]));
    return node;
}

bool is_empty(std::vector<std::string> const& row)
{
    return std::all_of(row.begin(), row.end(), [](auto const& text) { return trim(text).empty(); });
}

// Links each node to the nearest row above it with a smaller depth.
void link_parents(std::vector<RequirementNode>& nodes)
{
    std::vector<std::string> open;
    for (auto& node : nodes) {
        open.resize(std::min<std::size_t>(open.size(), node.depth - 1));
        node.parent = open.empty() ? "" : open.back();
        open.resize(node.depth - 1, node.parent);
        open.push_back(node.id);
    }
}

} // namespace

Result<domain::catalog::RequirementSet> read_ciso_workbook(XlsxWorkbook const& workbook, std::string const& source_name)
{
    auto const sheet_name = TRY(content_sheet_name(workbook, source_name));
    auto const sheet = TRY(workbook.sheet(sheet_name));
    if (sheet.rows.empty())
        return Error::invalid("sheet '" + sheet.name + "' has no header row", {.source = source_name, .line = 1});
    Columns columns;
    for (std::size_t i = 0; i < sheet.rows[0].size(); ++i)
        columns.emplace(std::string(trim(sheet.rows[0][i])), i);
    if (!columns.contains("depth") || !columns.contains("assessable"))
        return Error::invalid(
            "sheet '" + sheet.name + "' needs the columns assessable and depth", {.source = source_name, .line = 1});
    domain::catalog::RequirementSet set;
    set.name = sheet.name;
    for (std::size_t i = 1; i < sheet.rows.size(); ++i)
        if (!is_empty(sheet.rows[i]))
            set.nodes.push_back(TRY(node_from_row(sheet.rows[i], columns, i + 1, source_name)));
    link_parents(set.nodes);
    return set;
}

namespace {

// The key → value rows of a "*_meta" sheet.
std::map<std::string, std::string, std::less<>> meta_values(XlsxWorkbook const& workbook, std::string_view name)
{
    std::map<std::string, std::string, std::less<>> values;
    auto const sheet = workbook.sheet(name);
    if (!sheet)
        return values;
    for (auto const& row : sheet->rows)
        if (row.size() >= 2 && !trim(row[0]).empty())
            values.emplace(std::string(trim(row[0])), row[1]);
    return values;
}

std::vector<std::string> group_definitions(XlsxWorkbook const& workbook)
{
    std::vector<std::string> groups;
    auto const sheet = workbook.sheet("ig_content");
    if (!sheet || sheet->rows.empty())
        return groups;
    for (std::size_t i = 1; i < sheet->rows.size(); ++i)
        if (!sheet->rows[i].empty() && !trim(sheet->rows[i][0]).empty())
            groups.emplace_back(trim(sheet->rows[i][0]));
    return groups;
}

} // namespace

Result<ciso::CisoLibrary> read_ciso_workbook_library(XlsxWorkbook const& workbook, std::string const& source_name)
{
    auto const library = meta_values(workbook, "library_meta");
    auto framework_meta = meta_values(workbook, "req_meta");
    if (framework_meta.empty())
        framework_meta = meta_values(workbook, "fwk_meta");
    auto const value = [](auto const& values, std::string_view key) {
        auto const found = values.find(key);
        return found == values.end() ? std::string() : found->second;
    };
    if (value(library, "urn").empty())
        return Error::invalid("the workbook has no library_meta sheet with a urn", {.source = source_name});
    auto framework = TRY(read_ciso_workbook(workbook, source_name));
    framework.id = value(framework_meta, "urn");
    framework.ref_id = value(framework_meta, "ref_id");
    framework.group_definitions = group_definitions(workbook);
    return ciso::CisoLibrary{value(library, "urn"), value(library, "ref_id"), value(library, "name"),
        value(library, "description"), std::move(framework), {}};
}

} // namespace bolwerk::importers::xlsx
