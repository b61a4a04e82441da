#pragma once

#include "common/result.hpp"
#include "domain/vvt/statement.hpp"

#include <string>
#include <string_view>

namespace bolwerk::report::vvt {

/// The VvT as JSON, shape "bolwerk-vvt/1" (documented in docs/vvt.md): `format`,
/// `header` (with the canonical `digest`), `scope`, `controls`, `measures` and
/// `exceptions`, with the stored names of enumerations, dates as "YYYY-MM-DD",
/// timestamps in RFC 3339 and null for absent values. Pretty-printed with two spaces.
std::string statement_json(domain::vvt::StatementOfApplicability const& statement);

/// Reads a document written by statement_json back into the statement it was written
/// from (equal, and with the same digest), so that a frozen VvT version can be kept as
/// this text. Invalid, with the field path, when the text is not such a document or
/// when its `header.digest` does not match its content (it was altered).
Result<domain::vvt::StatementOfApplicability> read_statement_json(std::string_view text);

} // namespace bolwerk::report::vvt
