#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/catalog/catalog.hpp"
#include "domain/risk/methodology.hpp"

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::domain {

/// A formal acceptance of a residual risk (Dutch: risicoacceptatie): who, in which
/// capacity, when, until when, and why. It expires; then the risk needs a new decision.
struct RiskAcceptance {
    RiskAcceptanceId id{0};
    RiskId risk_id{0};
    std::string accepted_by; ///< The person's name as recorded.
    AcceptanceAuthority authority = AcceptanceAuthority::ProcessOwner;
    RiskLevel level = RiskLevel::Laag; ///< The residual level that was accepted.
    std::chrono::sys_days accepted_on;
    std::chrono::sys_days valid_until;
    std::string reason;
    Timestamp recorded_at;
    /// The measures the acceptance relies on waiving ("5.17.01"), checked by
    /// check_waived_measures when it was given; never a substantive overheidsmaatregel.
    std::vector<std::string> waived_measures;
};

/// Input for an acceptance.
struct AcceptanceRequest {
    std::string accepted_by;
    AcceptanceAuthority authority = AcceptanceAuthority::ProcessOwner;
    std::chrono::sys_days accepted_on;
    std::chrono::sys_days valid_until;
    std::string reason;
    /// Measure numbers as given ("5.17.1" or "5.17.01"); may be empty.
    std::vector<std::string> waived_measures;
};

/// The most measures one acceptance may name as waived.
inline constexpr std::size_t max_waived_measures = 50;

/// Checks an acceptance of a residual risk at `level` against the methodology's risk
/// appetite: the level must need acceptance at all, the authority must reach the level
/// (a proceseigenaar up to the level the appetite gives them, a bestuurder above),
/// a name and a reason (at least 20 characters) are given, and the validity runs
/// from the acceptance date for at most the methodology's maximum.
Result<void> check_acceptance(RiskMethodology const& methodology, RiskLevel level, AcceptanceRequest const& request);

/// Whether the acceptance no longer holds on `today`.
bool acceptance_expired(RiskAcceptance const& acceptance, std::chrono::sys_days today);

/// BIO2 Deel 1 §16: the overheidsmaatregelen are implemented whatever the degree of risk
/// acceptance; a substantive overheidsmaatregel can only be declared "niet van
/// toepassing" with a reason in the VvT, never accepted away. Every path that would
/// waive a measure (a risk acceptance here, a gap-analysis status later) asks this one
/// function. `is_substantive` comes from the catalog version in force.
Result<void> check_measure_may_be_waived(std::string_view measure_number, bool is_substantive);

/// Checks the measures an acceptance names as waived against `catalog`, the catalog
/// version in force for the organisation: at most max_waived_measures, each a number
/// of that version, none named twice, and each passes check_measure_may_be_waived (an
/// entry that refers to or moved to another measure counts as that measure). Answers
/// the numbers in their normalised form, in the order given.
Result<std::vector<std::string>> check_waived_measures(
    std::vector<std::string> const& numbers, catalog::CatalogVersion const& catalog);

} // namespace bolwerk::domain
