#pragma once

#include "app/vvt/vvt_service.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "store/vvt/vvt_version_repository.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

// How the VvT use cases read a stored version: shared by the version and the
// publication use cases (inside app/vvt only).
namespace bolwerk::app {

/// The content digest of a version (domain::vvt::content_digest as frozen).
std::string content_of(store::StoredVvtVersion const& stored);
VvtVersionSummary summary_of(store::StoredVvtVersion const& stored, std::optional<std::int64_t> published_number);
/// The summary as an audit event records it.
nlohmann::json summary_json(VvtVersionSummary const& summary);
/// The statement of a stored version; Internal when the stored text cannot be read.
Result<domain::vvt::StatementOfApplicability> parse_stored(store::StoredVvtVersion const& stored);
/// The number of the version the public page shows now, if any.
Result<std::optional<std::int64_t>> published_number(store::Connection& connection, OrganisationId organisation);

} // namespace bolwerk::app
