#pragma once

#include "common/result.hpp"
#include "common/utf8.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::importers {

/// One line of an input text with its 1-based line number; the text has no line
/// ending and no trailing carriage return.
struct SourceLine {
    std::uint64_t number = 0;
    std::string_view text;
};

/// Splits `text` into lines (LF or CRLF). The views point into `text`, which must
/// outlive them.
std::vector<SourceLine> split_lines(std::string_view text);

/// Checks that `text` is UTF-8 (common/utf8.hpp); the error names the line of the first bad byte.
Result<void> check_utf8(std::string_view text, std::string const& source_name);

} // namespace bolwerk::importers
