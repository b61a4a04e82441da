#include "importers/csv/csv_reader.hpp"

namespace bolwerk::importers::csv {

namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

/// A small state machine over the bytes; one instance per read_csv call.
class Parser {
public:
    Parser(std::string_view text, char delimiter, std::string const& source_name)
        : m_text(text)
        , m_delimiter(delimiter)
        , m_source(source_name)
    {
    }

    Result<std::vector<CsvRecord>> run()
    {
        while (m_at < m_text.size()) {
            m_record = {m_line, {}};
            TRY(read_record());
            if (!(m_record.fields.size() == 1 && m_record.fields[0].empty()))
                m_records.push_back(std::move(m_record));
        }
        return std::move(m_records);
    }

private:
    Result<void> read_record()
    {
        while (true) {
            auto field = m_at < m_text.size() && m_text[m_at] == '"' ? TRY(quoted_field()) : plain_field();
            m_record.fields.push_back(std::move(field));
            if (m_at >= m_text.size())
                return ok();
            char const c = m_text[m_at++];
            if (c == m_delimiter)
                continue;
            if (c == '\r' && m_at < m_text.size() && m_text[m_at] == '\n')
                ++m_at;
            ++m_line;
            return ok();
        }
    }

    std::string plain_field()
    {
        auto const start = m_at;
        while (m_at < m_text.size() && m_text[m_at] != m_delimiter && m_text[m_at] != '\n' && m_text[m_at] != '\r')
            ++m_at;
        return std::string(m_text.substr(start, m_at - start));
    }

    Result<std::string> quoted_field()
    {
        auto const start_line = m_line;
        std::string field;
        for (++m_at; m_at < m_text.size(); ++m_at) {
            char const c = m_text[m_at];
            if (c == '"' && m_at + 1 < m_text.size() && m_text[m_at + 1] == '"') {
                field += '"';
                ++m_at;
            } else if (c == '"') {
                ++m_at;
                return after_quote(std::move(field));
            } else {
                m_line += c == '\n' ? 1 : 0;
                field += c;
            }
        }
        return Error::invalid("a quoted field is not closed", {.source = m_source, .line = start_line});
    }

    Result<std::string> after_quote(std::string field)
    {
        if (m_at < m_text.size() && m_text[m_at] != m_delimiter && m_text[m_at] != '\n' && m_text[m_at] != '\r')
            return Error::invalid("text after a closing quote", {.source = m_source, .line = m_line});
        return field;
    }

    std::string_view m_text;
    char m_delimiter;
    std::string const& m_source;
    std::size_t m_at = 0;
    std::uint64_t m_line = 1;
    CsvRecord m_record;
    std::vector<CsvRecord> m_records;
};

} // namespace

Result<std::vector<CsvRecord>> read_csv(std::string_view text, char delimiter, std::string const& source_name)
{
    if (text.substr(0, byte_order_mark.size()) == byte_order_mark)
        text.remove_prefix(byte_order_mark.size());
    return Parser(text, delimiter, source_name).run();
}

} // namespace bolwerk::importers::csv
