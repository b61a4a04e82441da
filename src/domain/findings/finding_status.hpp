#pragma once

#include "common/result.hpp"
#include "domain/risk/risk_level.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bolwerk::domain::findings {

/// Where a finding stands in the register (issue #17, item 2).
enum class FindingStatus : std::uint8_t {
    Open,
    Mitigated, ///< Fixed, or mitigating measures taken (8.08.03), with reason and evidence.
    FalsePositive, ///< Not a weakness, with the reason why.
    Accepted, ///< Residual risk accepted through the risk module (a recorded risk acceptance).
};

std::string_view to_string(FindingStatus status); ///< "open", "mitigated", "false_positive", "accepted"
Result<FindingStatus> parse_finding_status(std::string_view text);

/// A requested change of status with what it must carry.
struct StatusChange {
    FindingStatus to = FindingStatus::Open;
    std::string reason;
    std::string evidence; ///< A reference to evidence (document, ticket, re-scan).
    std::optional<std::int64_t> risk_acceptance; ///< The risk module's acceptance, for Accepted.
};

/// What the rules need to know about the finding and its system.
struct StatusContext {
    RiskLevel level = RiskLevel::Midden; ///< The finding's risk level (severity.hpp).
    bool internet_facing = false; ///< The system is internet-facing.
    bool release_pending = false; ///< A release of the system awaits its gate (8.08.05).
};

/// Checks a status transition. Allowed: Open → Mitigated (reason and evidence), Open →
/// FalsePositive (reason), Open → Accepted (a risk acceptance), and back to Open from
/// any other status (reason; e.g. a re-scan found it again). Refused, Invalid: a
/// missing reason, evidence or acceptance; Conflict: a change to the same status or
/// between two closed statuses. Forbidden (8.08.05): accepting a finding of level Hoog
/// or higher on an internet-facing system while a release is pending, because such a
/// finding may not go to production unless mitigated otherwise.
Result<void> check_status_change(FindingStatus from, StatusChange const& change, StatusContext const& context);

} // namespace bolwerk::domain::findings
