#pragma once

#include "common/result.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::importers::csv {

/// One record of a CSV file with the line it starts on.
struct CsvRecord {
    std::uint64_t line = 0;
    std::vector<std::string> fields;
};

/// Reads CSV as RFC 4180 describes it, with a chosen delimiter (Excel in a Dutch
/// locale saves with ';'): quoted fields may hold delimiters, line breaks and "" for
/// a quote; CRLF and LF both end a record; a UTF-8 byte order mark is skipped.
/// An unterminated quote or text after a closing quote is Invalid with its line.
Result<std::vector<CsvRecord>> read_csv(std::string_view text, char delimiter, std::string const& source_name);

} // namespace bolwerk::importers::csv
