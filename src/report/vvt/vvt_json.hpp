#pragma once

#include "domain/vvt/statement.hpp"

#include <string>

namespace bolwerk::report::vvt {

/// The VvT as JSON, shape "bolwerk-vvt/1" (documented in docs/vvt.md): `format`,
/// `header` (with the canonical `digest`), `scope`, `controls`, `measures` and
/// `exceptions`, with the stored names of enumerations, dates as "YYYY-MM-DD",
/// timestamps in RFC 3339 and null for absent values. Pretty-printed with two spaces.
std::string statement_json(domain::vvt::StatementOfApplicability const& statement);

} // namespace bolwerk::report::vvt
