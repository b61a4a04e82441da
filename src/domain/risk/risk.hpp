#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/risk/methodology.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::domain {

/// How a risk is dealt with (ISO 27001 6.1.3; Dutch: risicobehandeling).
enum class Treatment : std::uint8_t {
    Reduce, ///< verminderen: take measures
    Accept, ///< accepteren: live with the residual risk (needs acceptance above appetite)
    Transfer, ///< overdragen: e.g. insurance or a contract
    Avoid, ///< vermijden: stop the activity
};

std::string_view to_string(Treatment treatment); ///< "verminderen", …
Result<Treatment> parse_treatment(std::string_view text);

/// A measure planned to treat a risk.
struct PlannedMeasure {
    std::string description;
    std::string owner;
    std::optional<std::chrono::sys_days> due;
    bool done = false;
};

/// Likelihood and impact on the methodology's scales, with the level they give.
struct RiskScore {
    int likelihood = 0;
    int impact = 0;
    RiskLevel level = RiskLevel::Laag;
};

/// An entry of the risk register (Dutch: risicoregister).
/// `existing_controls` holds ISO 27002 control numbers ("5.17") and overheidsmaatregel
/// numbers ("5.17.01") as written; the catalog validates them where it is loaded.
struct Risk {
    RiskId id{0};
    OrganisationId organisation_id{0};
    std::string title;
    std::string threat;
    std::string vulnerability;
    std::vector<InformationSystemId> systems;
    std::vector<AreaImpact> inherent_impacts;
    int inherent_likelihood = 0;
    RiskScore inherent;
    std::vector<std::string> existing_controls;
    Treatment treatment = Treatment::Reduce;
    std::vector<PlannedMeasure> planned_measures;
    std::optional<RiskScore> residual; ///< Absent until treatment is assessed.
    std::optional<std::chrono::sys_days> review_due;
    std::string owner;
    Timestamp created_at;
    Timestamp updated_at;
    std::int64_t version = 1;

    /// The residual score if assessed, otherwise the inherent one.
    RiskScore const& current() const { return residual ? *residual : inherent; }
};

/// Only the scores of a risk: what a heat map needs, loaded without the rest.
struct RiskScores {
    RiskId id{0};
    RiskScore inherent;
    std::optional<RiskScore> residual;

    RiskScore const& current() const { return residual ? *residual : inherent; }
};

/// One link from a risk to a control or overheidsmaatregel it relies on
/// (`existing_controls`): what the gap analysis shows per control.
struct RiskControlLink {
    std::string reference; ///< "5.17" or "5.17.01", as written on the risk.
    RiskId risk_id{0};
    std::string title;
    RiskScore current; ///< The residual score if assessed, else the inherent one.
};

/// Raw input for a risk, validated and scored by `score_risk`.
struct RiskDraft {
    std::string title;
    std::string threat;
    std::string vulnerability;
    std::string owner;
    std::vector<InformationSystemId> systems;
    int inherent_likelihood = 0;
    std::vector<AreaImpact> inherent_impacts;
    std::vector<std::string> existing_controls;
    Treatment treatment = Treatment::Reduce;
    std::vector<PlannedMeasure> planned_measures;
    std::optional<int> residual_likelihood;
    std::optional<int> residual_impact;
    std::optional<std::chrono::sys_days> review_due;
};

/// Validates a draft against the methodology and computes the inherent and residual
/// scores. Rules: title and owner required; impact per area on the scale; a residual
/// score needs both values and may not exceed the inherent score on either axis
/// (treatment does not make a risk worse); treatment "verminderen" needs a planned
/// measure or an existing control.
Result<Risk> score_risk(RiskMethodology const& methodology, RiskDraft const& draft);

/// Which risks a filtered listing returns; every set member narrows the result.
struct RiskFilter {
    std::optional<domain::Treatment> treatment;
    /// The current level (residual if assessed, else inherent) is one of these.
    std::vector<domain::RiskLevel> levels;
    std::optional<std::string> owner;
    std::optional<InformationSystemId> system;
    /// Only risks whose review date lies before this date (overdue reviews).
    std::optional<std::chrono::sys_days> review_due_before;
    /// Order by current residual severity (level, likelihood × impact), most severe
    /// first, instead of by id.
    bool most_severe_first = false;
    /// Order by review date, oldest first (then by id), instead of by id: what is most
    /// overdue comes first. Ignored when most_severe_first is set.
    bool oldest_review_first = false;
};

/// The draft a stored risk was scored from: to rescore it or change part of it.
RiskDraft draft_of(Risk const& risk);

/// Whether the review date has passed (`today` comes from the caller's clock).
bool review_overdue(Risk const& risk, std::chrono::sys_days today);

} // namespace bolwerk::domain
