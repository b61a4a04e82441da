#pragma once

#include "common/result.hpp"
#include "domain/vvt/isms_scope.hpp"
#include "domain/vvt/statement.hpp"

#include <nlohmann/json_fwd.hpp>

#include <string_view>

// Reading back what app/vvt stores: the ISMS scope as JSON (the same shape as the
// "scope" member of the bolwerk-vvt/1 document, docs/vvt.md) and a frozen VvT version
// in that document format, as written by report::vvt::statement_json.
namespace bolwerk::app {

nlohmann::json isms_scope_to_json(domain::vvt::IsmsScope const& scope);
/// Invalid (naming the field) when a member has the wrong type; missing lists are empty.
Result<domain::vvt::IsmsScope> isms_scope_from_json(nlohmann::json const& json);

/// Parses a bolwerk-vvt/1 document. The inverse of report::vvt::statement_json:
/// statement_from_json(statement_json(s)) == s. Invalid for another format or shape.
Result<domain::vvt::StatementOfApplicability> statement_from_json(std::string_view text);

} // namespace bolwerk::app
