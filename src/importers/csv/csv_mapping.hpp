#pragma once

#include "common/result.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace bolwerk::importers::csv {

/// Which CSV columns hold what, read from a small `key = value` file (docs/catalog-csv-import.md).
/// Columns are named by their header text, or by number from 1 ("#3").
struct CsvMapping {
    char delimiter = ';';
    std::uint64_t header_row = 1; ///< The row with the column names; data follows it.
    std::string number_column; ///< Required: the measure number ("5.17.01").
    std::string text_column; ///< Required: the measure text.
    std::optional<std::string> tags_column; ///< Measure types, comma-separated.
    std::optional<std::string> version; ///< "bio2@1.3"; --as overrides it.

    /// Parses the mapping file; an unknown key, a missing required key or a bad value
    /// is Invalid with its line.
    static Result<CsvMapping> parse(std::string_view text, std::string const& source_name);
};

/// Reads a small `key = value` mapping file: checks UTF-8, skips blank lines and lines
/// starting with '#', and calls `apply` with the trimmed key and value of each other
/// line and its location. A line without '=' is Invalid with its line; an error from
/// `apply` stops the reading.
Result<void> read_key_values(std::string_view text, std::string const& source_name,
    std::function<Result<void>(std::string_view key, std::string_view value, ErrorLocation const& where)> const& apply);

/// A mapping file's delimiter: ';', ',', '|', or "tab" (also "\\t").
Result<char> parse_delimiter(std::string_view value, ErrorLocation const& where);

} // namespace bolwerk::importers::csv
