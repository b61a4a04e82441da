#pragma once

#include "common/result.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::importers {

/// One CSV record with the line on which it starts (1-based), for error messages.
struct CsvRecord {
    std::uint64_t line = 0;
    std::vector<std::string> fields;
};

/// A parsed CSV document: the header row and the data records.
struct CsvDocument {
    char delimiter = ',';
    std::vector<std::string> header;
    std::vector<CsvRecord> records;

    /// The index of a header column, compared case-insensitively after trimming.
    std::optional<std::size_t> column(std::string_view name) const;
};

/// Reads RFC 4180 CSV: quoted fields with "" escapes and line breaks inside quotes,
/// CRLF or LF line ends, an optional UTF-8 byte order mark. The delimiter is ',' or
/// ';' (what Dutch spreadsheet programs write), taken from the header line unless
/// given. Blank lines are skipped. A record with another number of fields than the
/// header, an unterminated quote, a quote inside an unquoted field or text that is
/// not UTF-8 is refused with its line (and column). `source` names the input in errors.
/// The apostrophe our CSV writers put before a formula-like cell is removed from
/// every field (remove_formula_guard in common/csv_field.hpp).
Result<CsvDocument> read_csv(std::string_view text, std::string const& source, std::optional<char> delimiter = {});

namespace csv {

using importers::CsvRecord;

/// The same reader for callers that want the header as the first record (the catalog
/// CSV importer): every record, header included, with the given delimiter.
Result<std::vector<CsvRecord>> read_csv(std::string_view text, char delimiter, std::string const& source_name);

} // namespace csv

} // namespace bolwerk::importers
