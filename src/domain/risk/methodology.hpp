#pragma once

#include "common/result.hpp"
#include "domain/risk/risk_level.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace bolwerk::domain {

/// One step of a likelihood or impact scale: its value (1..n) and its labels.
struct ScaleStep {
    int value = 0;
    std::string label_nl;
    std::string label_en;
    friend bool operator==(ScaleStep const&, ScaleStep const&) = default;
};

/// An area in which an incident does damage. BIO2 Deel 1 (§27 "Impact van risico's")
/// names eight areas that must at least be weighed; an organisation may add its own.
struct ImpactArea {
    std::string code; ///< Stable identifier, e.g. "financieel"; used in data and exports.
    std::string label_nl;
    std::string label_en;
    friend bool operator==(ImpactArea const&, ImpactArea const&) = default;
};

/// The impact that one area contributes to a risk.
struct AreaImpact {
    std::string area;
    int impact = 0;
};

/// How the impacts per area combine into the risk's impact.
enum class ImpactAggregation : std::uint8_t {
    Highest, ///< The worst area decides (the default: damage does not average out).
    RoundedUpAverage, ///< The mean over the areas that were scored, rounded up.
};

/// Who must accept a residual risk of a given level (the risk appetite per level).
enum class AcceptanceAuthority : std::uint8_t {
    WithinAppetite = 0, ///< No formal acceptance needed.
    ProcessOwner = 1, ///< The lijnmanager / proceseigenaar who owns the system.
    Board = 2, ///< A bestuurder.
};

std::string_view to_string(AcceptanceAuthority authority);
Result<AcceptanceAuthority> parse_acceptance_authority(std::string_view text);
std::string_view to_string(ImpactAggregation aggregation);
Result<ImpactAggregation> parse_impact_aggregation(std::string_view text);

/// What defines an organisation's way of scoring risks; input to RiskMethodology::create.
struct RiskMethodologyDefinition {
    std::vector<ScaleStep> likelihood;
    std::vector<ScaleStep> impact;
    std::vector<ImpactArea> areas;
    /// matrix[likelihood - 1][impact - 1] is the level of that cell.
    std::vector<std::vector<RiskLevel>> matrix;
    ImpactAggregation aggregation = ImpactAggregation::Highest;
    /// appetite[level - 1]: who must accept a residual risk of that level.
    std::vector<AcceptanceAuthority> appetite;
    /// The longest an acceptance may be valid, in days.
    int max_acceptance_days = 365;
};

/// An organisation's risk methodology (BIO2 Deel 1 §13: a method aligned with ISO 27001
/// 6.1.2): scales, impact areas, the matrix, and the appetite per level.
/// Invariants (checked by create): both scales have 2–10 steps numbered 1..n with labels;
/// the matrix has one row per likelihood step and one column per impact step and never
/// gets milder as likelihood or impact grow; area codes are unique and non-empty; the
/// appetite never asks less authority for a more severe level. A plain value.
class RiskMethodology {
public:
    static Result<RiskMethodology> create(RiskMethodologyDefinition definition);

    /// The default: 5×5 with Dutch labels, the eight impact areas of BIO2 Deel 1, levels
    /// laag (≤3), midden (4–8), hoog (9–14), zeer hoog (≥15) by likelihood × impact;
    /// laag within appetite, midden accepted by the process owner, above by the board.
    static RiskMethodology standard();

    RiskMethodologyDefinition const& definition() const { return m_definition; }
    int likelihood_steps() const { return static_cast<int>(m_definition.likelihood.size()); }
    int impact_steps() const { return static_cast<int>(m_definition.impact.size()); }

    /// The level of a cell; Invalid (naming the field) when a value is off the scale.
    Result<RiskLevel> level(int likelihood, int impact) const;

    /// Combines the impact per area as the methodology says; every area must be known
    /// and every value on the scale. At least one area must be scored.
    Result<int> combined_impact(std::span<AreaImpact const> impacts) const;

    AcceptanceAuthority required_authority(RiskLevel level) const;
    bool needs_acceptance(RiskLevel level) const
    {
        return required_authority(level) != AcceptanceAuthority::WithinAppetite;
    }

    /// A colour per level for the heat map (with a text label beside it, never alone).
    static std::string_view colour(RiskLevel level);

private:
    explicit RiskMethodology(RiskMethodologyDefinition definition)
        : m_definition(std::move(definition))
    {
    }
    RiskMethodologyDefinition m_definition;
};

} // namespace bolwerk::domain
