#pragma once

#include "common/result.hpp"
#include "domain/vvt/isms_scope.hpp"

#include <nlohmann/json_fwd.hpp>

// The ISMS scope as stored and sent by the API: the same shape as the "scope" member of
// the bolwerk-vvt/1 document (docs/vvt.md). Frozen VvT versions are read back with
// report::vvt::read_statement_json.
namespace bolwerk::app {

nlohmann::json isms_scope_to_json(domain::vvt::IsmsScope const& scope);
/// Invalid (naming the field) when a member has the wrong type; missing lists are empty.
Result<domain::vvt::IsmsScope> isms_scope_from_json(nlohmann::json const& json);

} // namespace bolwerk::app
