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

/// The document the public page offers (issue #13 item 4). With `implementation` it is
/// statement_json. Without (the default of the publication setting) it is the shape
/// "bolwerk-vvt-public/1": `format`; `header` with organisation, catalog, version,
/// approval and the `content_sha256` of the version (domain::vvt::content_digest);
/// `scope`; `controls` with only number, labels, applicability, reasons,
/// justification and risk-analysis reference; and `exceptions`. No implementation
/// status and no measures: a list of gaps helps an attacker, and ISO/IEC 27001 6.1.3 d
/// asks for applicability and justification.
std::string public_statement_json(domain::vvt::StatementOfApplicability const& statement, bool implementation);

/// Reads a document written by statement_json back into the statement it was written
/// from (equal, and with the same digest), so that a frozen VvT version can be kept as
/// this text. Invalid, with the field path, when the text is not such a document or
/// when its `header.digest` does not match its content (it was altered).
Result<domain::vvt::StatementOfApplicability> read_statement_json(std::string_view text);

} // namespace bolwerk::report::vvt
