#include "importers/csv/csv_reader.hpp"

#include "common/csv_field.hpp"
#include "common/text.hpp"
#include "importers/source_text.hpp"

#include <algorithm>

namespace bolwerk::importers {

namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

char detect_delimiter(std::string_view text)
{
    auto const first_line = text.substr(0, text.find('\n'));
    auto const commas = std::count(first_line.begin(), first_line.end(), ',');
    auto const semicolons = std::count(first_line.begin(), first_line.end(), ';');
    return semicolons > commas ? ';' : ',';
}

// Walks the text once, record by record.
class Parser {
public:
    Parser(std::string_view text, char delimiter, std::string const& source)
        : m_text(text)
        , m_delimiter(delimiter)
        , m_source(source)
    {
    }

    // The next record, or nullopt at the end.
    Result<std::optional<CsvRecord>> next()
    {
        skip_blank_lines();
        if (m_position >= m_text.size())
            return std::optional<CsvRecord>();
        CsvRecord record{m_line, {}};
        while (true) {
            auto const field = TRY(read_field());
            // Our CSV writers put an apostrophe before a cell that a spreadsheet would
            // take for a formula (common/csv_field.hpp); export → import round-trips.
            record.fields.emplace_back(remove_formula_guard(field));
            if (m_position >= m_text.size())
                break;
            char const separator = m_text[m_position];
            if (separator == m_delimiter) {
                ++m_position;
                continue;
            }
            consume_line_end();
            break;
        }
        return std::optional(std::move(record));
    }

private:
    Error error(std::string message) const
    {
        return Error::invalid(
            std::move(message), {.source = m_source, .line = m_line, .column = m_position - m_line_start + 1});
    }

    void skip_blank_lines()
    {
        while (m_position < m_text.size() && (m_text[m_position] == '\n' || m_text[m_position] == '\r'))
            consume_line_end();
    }

    void consume_line_end()
    {
        if (m_text[m_position] == '\r')
            ++m_position;
        if (m_position < m_text.size() && m_text[m_position] == '\n')
            ++m_position;
        ++m_line;
        m_line_start = m_position;
    }

    Result<std::string> read_field()
    {
        if (m_position < m_text.size() && m_text[m_position] == '"')
            return read_quoted();
        auto const end = m_text.find_first_of(std::string{m_delimiter, '\r', '\n'}, m_position);
        auto const field
            = m_text.substr(m_position, end == std::string_view::npos ? std::string_view::npos : end - m_position);
        if (auto const quote = field.find('"'); quote != std::string_view::npos) {
            m_position += quote;
            return error("a quote inside an unquoted field (quote the whole field and double the quote)");
        }
        m_position += field.size();
        return std::string(field);
    }

    Result<std::string> read_quoted()
    {
        auto const start_line = m_line;
        ++m_position; // opening quote
        std::string value;
        while (m_position < m_text.size()) {
            char const c = m_text[m_position++];
            if (c == '"') {
                if (m_position < m_text.size() && m_text[m_position] == '"') {
                    value += '"';
                    ++m_position;
                    continue;
                }
                bool const at_boundary = m_position >= m_text.size() || m_text[m_position] == m_delimiter
                    || m_text[m_position] == '\r' || m_text[m_position] == '\n';
                if (!at_boundary)
                    return error("text after a closing quote");
                return value;
            }
            if (c == '\n') {
                ++m_line;
                m_line_start = m_position;
            }
            value += c;
        }
        return Error::invalid(
            "a quoted field that starts here is never closed", {.source = m_source, .line = start_line});
    }

    std::string_view m_text;
    char m_delimiter;
    std::string const& m_source;
    std::size_t m_position = 0;
    std::size_t m_line_start = 0;
    std::uint64_t m_line = 1;
};

} // namespace

std::optional<std::size_t> CsvDocument::column(std::string_view name) const
{
    auto const wanted = to_ascii_lower(trim(name));
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (to_ascii_lower(trim(header[i])) == wanted)
            return i;
    }
    return std::nullopt;
}

Result<CsvDocument> read_csv(std::string_view text, std::string const& source, std::optional<char> delimiter)
{
    if (text.substr(0, byte_order_mark.size()) == byte_order_mark)
        text.remove_prefix(byte_order_mark.size());
    if (auto const checked = check_utf8(text, source); !checked)
        return Error::invalid("the text is not UTF-8 (save the file as CSV UTF-8)", checked.error().location());
    CsvDocument document;
    document.delimiter = delimiter.value_or(detect_delimiter(text));
    Parser parser(text, document.delimiter, source);
    auto header = TRY(parser.next());
    if (!header)
        return Error::invalid("the file is empty; expected a header row", {.source = source, .line = 1});
    document.header = std::move(header->fields);
    while (auto record = TRY(parser.next())) {
        if (record->fields.size() != document.header.size()) {
            return Error::invalid("expected " + std::to_string(document.header.size()) + " fields like the header, got "
                    + std::to_string(record->fields.size()),
                {.source = source, .line = record->line});
        }
        document.records.push_back(std::move(*record));
    }
    return document;
}

Result<std::vector<CsvRecord>> csv::read_csv(std::string_view text, char delimiter, std::string const& source_name)
{
    auto document = TRY(importers::read_csv(text, source_name, delimiter));
    std::vector<CsvRecord> records;
    records.reserve(document.records.size() + 1);
    // Blank lines before the header are skipped, so it is reported as line 1.
    records.push_back({1, std::move(document.header)});
    for (auto& record : document.records)
        records.push_back(std::move(record));
    return records;
}

} // namespace bolwerk::importers
