#pragma once

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/findings/finding_status.hpp"
#include "domain/risk/risk_level.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::domain::findings {

/// A finding as the gate sees it.
struct GateFinding {
    std::string fingerprint;
    std::string title;
    RiskLevel level = RiskLevel::Midden;
    FindingStatus status = FindingStatus::Open;
};

/// A manual override of a blocked release: possible only as a recorded decision.
struct GateOverride {
    std::string decided_by;
    std::string reason;
    Timestamp decided_at;
};

/// Everything the release gate decides on (BIO2 8.08.05).
struct ReleaseGateInput {
    bool internet_facing = false;
    bool pentest_recorded = false; ///< A (possibly automated) pentest is recorded for this release.
    std::vector<GateFinding> findings; ///< The system's findings, any status.
    std::optional<GateOverride> override_decision;
};

enum class GateReasonKind : std::uint8_t {
    NotInternetFacing, ///< 8.08.05 does not apply (go).
    NoPentest, ///< No pentest recorded for the release (blocks).
    OpenHighRiskFinding, ///< A finding of level Hoog or higher not mitigated (blocks).
    Overridden, ///< A recorded decision let a blocked release go.
};

std::string_view to_string(GateReasonKind kind);

struct GateReason {
    GateReasonKind kind;
    std::string subject; ///< The finding's fingerprint and title, or empty.

    bool operator==(GateReason const&) const = default;
};

struct GateDecision {
    bool go = false;
    std::vector<GateReason> reasons; ///< Why it is blocked (or why it may go), in order.
};

/// The release gate of 8.08.05: an internet-facing system gets a pentest at every new
/// release or major update, and if a high-risk finding comes out that cannot be
/// mitigated otherwise, the system may not go to production. So the release is blocked
/// while no pentest is recorded for it, and while any finding of level Hoog or higher
/// is open or only accepted (acceptance is no mitigation). Mitigated and false-positive
/// findings do not block. Every reason is listed. A system that is not internet-facing
/// passes with that reason.
///
/// Override: impossible while a high-risk finding blocks (the rule itself) — that is
/// Forbidden; otherwise (e.g. the pentest is recorded elsewhere) only with a recorded
/// decision naming who decided and why — Invalid without both. An overridden decision
/// goes and keeps the blocking reasons plus an Overridden reason.
Result<GateDecision> decide_release_gate(ReleaseGateInput const& input);

} // namespace bolwerk::domain::findings
