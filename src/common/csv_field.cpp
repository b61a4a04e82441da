#include "common/csv_field.hpp"

namespace bolwerk {

namespace {

constexpr char guard = '\'';

bool starts_formula(char first)
{
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
}

} // namespace

bool needs_formula_guard(std::string_view value)
{
    // The apostrophes in front of a formula character are counted, not recursed over:
    // a cell of many apostrophes must not cost stack.
    auto const first_other = value.find_first_not_of(guard);
    return first_other != std::string_view::npos && starts_formula(value[first_other]);
}

std::string csv_field(std::string_view value)
{
    std::string field;
    if (needs_formula_guard(value))
        field += guard;
    field += value;
    if (field.find_first_of(",\"\r\n") == std::string::npos)
        return field;
    std::string quoted = "\"";
    for (char const c : field) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

void append_csv_line(std::string& out, std::vector<std::string> const& cells)
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        out += csv_field(cells[i]);
    }
    out += "\r\n";
}

std::string_view remove_formula_guard(std::string_view field)
{
    if (field.empty() || field.front() != guard || !needs_formula_guard(field.substr(1)))
        return field;
    return field.substr(1);
}

} // namespace bolwerk
