#pragma once

#include <string>
#include <string_view>

// The text layer of RFC 5545 (iCalendar): escaping of TEXT values (3.3.11) and content
// lines folded at 75 octets and ended by CRLF (3.1).
namespace bolwerk::report::ical {

/// A TEXT value: backslash, semicolon and comma escaped with a backslash, a line break
/// (CRLF, LF or CR) as "\n"; other control characters except tab are dropped, since
/// TEXT may not hold them.
std::string escape_text(std::string_view text);

/// `line` (one content line without its end) as folded octets: after every 75 octets a
/// CRLF and one space, never inside a UTF-8 sequence, ended by CRLF.
std::string fold_line(std::string_view line);

/// Whether `value` may stand in a content line unescaped (URIs, dates, identifiers): no
/// control characters at all.
bool is_plain_value(std::string_view value);

} // namespace bolwerk::report::ical
