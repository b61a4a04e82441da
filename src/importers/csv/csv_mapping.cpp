#include "importers/csv/csv_mapping.hpp"

#include "common/text.hpp"
#include "importers/source_text.hpp"

#include <charconv>

namespace bolwerk::importers::csv {

namespace {

Result<std::uint64_t> parse_row(std::string_view value, ErrorLocation const& where)
{
    std::uint64_t row = 0;
    auto const parsed = std::from_chars(value.data(), value.data() + value.size(), row);
    if (parsed.ec != std::errc{} || parsed.ptr != value.data() + value.size() || row == 0)
        return Error::invalid("header_row must be a row number from 1", where);
    return row;
}

Result<void> apply(CsvMapping& mapping, std::string_view key, std::string_view value, ErrorLocation const& where)
{
    if (key == "delimiter")
        mapping.delimiter = TRY(parse_delimiter(value, where));
    else if (key == "header_row")
        mapping.header_row = TRY(parse_row(value, where));
    else if (key == "number")
        mapping.number_column = value;
    else if (key == "text")
        mapping.text_column = value;
    else if (key == "tags")
        mapping.tags_column = std::string(value);
    else if (key == "version")
        mapping.version = std::string(value);
    else
        return Error::invalid("unknown key '" + std::string(key) + "'", where);
    return ok();
}

} // namespace

Result<char> parse_delimiter(std::string_view value, ErrorLocation const& where)
{
    if (value == "tab" || value == "\\t")
        return '\t';
    if (value.size() == 1 && (value == ";" || value == "," || value == "|"))
        return value[0];
    return Error::invalid("delimiter must be ';', ',', '|' or tab", where);
}

Result<void> read_key_values(std::string_view text, std::string const& source_name,
    std::function<Result<void>(std::string_view key, std::string_view value, ErrorLocation const& where)> const& apply)
{
    TRY(check_utf8(text, source_name));
    for (auto const& line : split_lines(text)) {
        auto const content = trim(line.text);
        if (content.empty() || content.front() == '#')
            continue;
        ErrorLocation const where{.source = source_name, .line = line.number};
        auto const equals = content.find('=');
        if (equals == std::string_view::npos)
            return Error::invalid("expected 'key = value'", where);
        TRY(apply(trim(content.substr(0, equals)), trim(content.substr(equals + 1)), where));
    }
    return ok();
}

Result<CsvMapping> CsvMapping::parse(std::string_view text, std::string const& source_name)
{
    CsvMapping mapping;
    TRY(read_key_values(
        text, source_name, [&](std::string_view key, std::string_view value, ErrorLocation const& where) {
            return apply(mapping, key, value, where);
        }));
    if (mapping.number_column.empty() || mapping.text_column.empty())
        return Error::invalid("the mapping needs 'number' and 'text' columns", {.source = source_name});
    return mapping;
}

} // namespace bolwerk::importers::csv
