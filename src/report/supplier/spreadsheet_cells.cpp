#include "report/supplier/spreadsheet_cells.hpp"

namespace bolwerk::report::supplier {

namespace {

constexpr std::string_view formula_starts = "=+-@\t\r";

} // namespace

std::string neutralise_formula(std::string_view cell)
{
    if (!cell.empty() && formula_starts.find(cell.front()) != std::string_view::npos)
        return "'" + std::string(cell);
    return std::string(cell);
}

void append_csv_record(std::string& out, std::vector<std::string> const& cells)
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        auto const cell = neutralise_formula(cells[i]);
        if (cell.find_first_of(",\"\r\n") == std::string::npos) {
            out += cell;
            continue;
        }
        out += '"';
        for (char const c : cell) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    }
    out += "\r\n";
}

} // namespace bolwerk::report::supplier
