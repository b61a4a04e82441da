#pragma once

#include "common/clock.hpp"
#include "domain/evidence/evidence.hpp"

#include <nlohmann/json_fwd.hpp>

namespace bolwerk::app {

/// JSON shapes of evidence: what the audit trail's digests cover, what the API returns
/// and what the CLI prints with --json. Never contains file contents.
nlohmann::json evidence_item_to_json(domain::EvidenceItem const& item);
nlohmann::json evidence_version_to_json(domain::EvidenceVersion const& version);
nlohmann::json evidence_link_to_json(domain::EvidenceLink const& link);
nlohmann::json evidence_target_to_json(domain::EvidenceTarget const& target);

} // namespace bolwerk::app
