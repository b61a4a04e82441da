#include "domain/risk/methodology.hpp"

#include "common/text.hpp"

#include <algorithm>
#include <set>

namespace bolwerk::domain {

namespace {

constexpr int max_scale_steps = 10;
constexpr int min_scale_steps = 2;
constexpr std::size_t level_count = 4;

Result<void> check_scale(std::vector<ScaleStep> const& scale, std::string const& field)
{
    auto const size = static_cast<int>(scale.size());
    if (size < min_scale_steps || size > max_scale_steps)
        return Error::invalid("a scale needs 2 to 10 steps, got " + std::to_string(size), {.field = field});
    for (int i = 0; i < size; ++i) {
        auto const& step = scale[static_cast<std::size_t>(i)];
        auto const where = field + "[" + std::to_string(i) + "]";
        if (step.value != i + 1)
            return Error::invalid(
                "steps must be numbered 1.." + std::to_string(size) + " in order", {.field = where + ".value"});
        if (trim(step.label_nl).empty())
            return Error::invalid("the Dutch label is empty", {.field = where + ".label_nl"});
    }
    return ok();
}

Result<void> check_areas(std::vector<ImpactArea> const& areas)
{
    if (areas.empty())
        return Error::invalid("at least one impact area is needed", {.field = "areas"});
    std::set<std::string> codes;
    for (std::size_t i = 0; i < areas.size(); ++i) {
        auto const where = "areas[" + std::to_string(i) + "]";
        if (trim(areas[i].code).empty() || trim(areas[i].label_nl).empty())
            return Error::invalid("an impact area needs a code and a Dutch label", {.field = where});
        if (!codes.insert(areas[i].code).second)
            return Error::invalid("impact area '" + areas[i].code + "' appears twice", {.field = where + ".code"});
    }
    return ok();
}

Result<void> check_matrix(RiskMethodologyDefinition const& definition)
{
    auto const& matrix = definition.matrix;
    if (matrix.size() != definition.likelihood.size())
        return Error::invalid("the matrix needs one row per likelihood step", {.field = "matrix"});
    for (std::size_t l = 0; l < matrix.size(); ++l) {
        if (matrix[l].size() != definition.impact.size())
            return Error::invalid(
                "the matrix needs one column per impact step", {.field = "matrix[" + std::to_string(l) + "]"});
        for (std::size_t i = 0; i < matrix[l].size(); ++i) {
            bool const milder_than_left = i > 0 && matrix[l][i] < matrix[l][i - 1];
            bool const milder_than_below = l > 0 && matrix[l][i] < matrix[l - 1][i];
            if (milder_than_left || milder_than_below)
                return Error::invalid("a cell may not be milder than a cell with lower likelihood or impact",
                    {.field = "matrix[" + std::to_string(l) + "][" + std::to_string(i) + "]"});
        }
    }
    return ok();
}

Result<void> check_appetite(RiskMethodologyDefinition const& definition)
{
    auto const& appetite = definition.appetite;
    if (appetite.size() != level_count)
        return Error::invalid(
            "the appetite needs one entry per level (laag, midden, hoog, zeer hoog)", {.field = "appetite"});
    if (!std::is_sorted(appetite.begin(), appetite.end()))
        return Error::invalid("a more severe level may not need less authority to accept", {.field = "appetite"});
    if (definition.max_acceptance_days < 1 || definition.max_acceptance_days > 3 * 366)
        return Error::invalid("an acceptance may be valid for 1 day to 3 years", {.field = "max_acceptance_days"});
    return ok();
}

std::vector<ImpactArea> bio2_impact_areas()
{
    // Short labels for the areas BIO2 Deel 1 §27 requires to be weighed, in our words.
    return {
        {"politiek", "Politieke schade aan een bestuurder", "Political damage to an administrator"},
        {"diplomatiek", "Diplomatieke schade", "Diplomatic damage"},
        {"financieel", "Financiële gevolgen", "Financial consequences"},
        {"imago", "Directe imagoschade", "Direct reputational damage"},
        {"vertrouwen", "Verlies van publiek respect of vertrouwen", "Loss of public respect or trust"},
        {"publiciteit", "Organisatiebrede negatieve publiciteit", "Organisation-wide negative publicity"},
        {"motivatie", "Verlies van motivatie van medewerkers", "Loss of staff motivation"},
        {"sturing", "Verlies van management control", "Loss of management control"},
    };
}

RiskLevel standard_level(int likelihood, int impact)
{
    int const score = likelihood * impact;
    if (score <= 3)
        return RiskLevel::Laag;
    if (score <= 8)
        return RiskLevel::Midden;
    if (score <= 14)
        return RiskLevel::Hoog;
    return RiskLevel::ZeerHoog;
}

} // namespace

std::string_view to_string(AcceptanceAuthority authority)
{
    switch (authority) {
    case AcceptanceAuthority::WithinAppetite: return "binnen_risicobereidheid";
    case AcceptanceAuthority::ProcessOwner: return "proceseigenaar";
    case AcceptanceAuthority::Board: return "bestuurder";
    }
    return "bestuurder";
}

Result<AcceptanceAuthority> parse_acceptance_authority(std::string_view text)
{
    for (auto const authority :
        {AcceptanceAuthority::WithinAppetite, AcceptanceAuthority::ProcessOwner, AcceptanceAuthority::Board}) {
        if (to_string(authority) == trim(text))
            return authority;
    }
    return Error::invalid("unknown authority '" + std::string(text)
            + "' (expected binnen_risicobereidheid, proceseigenaar or bestuurder)",
        {.field = "appetite"});
}

std::string_view to_string(ImpactAggregation aggregation)
{
    return aggregation == ImpactAggregation::Highest ? "highest" : "rounded_up_average";
}

Result<ImpactAggregation> parse_impact_aggregation(std::string_view text)
{
    if (trim(text) == "highest")
        return ImpactAggregation::Highest;
    if (trim(text) == "rounded_up_average")
        return ImpactAggregation::RoundedUpAverage;
    return Error::invalid("unknown aggregation '" + std::string(text) + "' (expected highest or rounded_up_average)",
        {.field = "aggregation"});
}

Result<RiskMethodology> RiskMethodology::create(RiskMethodologyDefinition definition)
{
    TRY(check_scale(definition.likelihood, "likelihood"));
    TRY(check_scale(definition.impact, "impact"));
    TRY(check_areas(definition.areas));
    TRY(check_matrix(definition));
    TRY(check_appetite(definition));
    return RiskMethodology(std::move(definition));
}

RiskMethodology RiskMethodology::standard()
{
    RiskMethodologyDefinition definition;
    definition.likelihood = {{1, "Zeer klein", "Very unlikely"}, {2, "Klein", "Unlikely"}, {3, "Gemiddeld", "Possible"},
        {4, "Groot", "Likely"}, {5, "Zeer groot", "Very likely"}};
    definition.impact = {{1, "Zeer beperkt", "Negligible"}, {2, "Beperkt", "Minor"}, {3, "Aanzienlijk", "Moderate"},
        {4, "Ernstig", "Major"}, {5, "Zeer ernstig", "Severe"}};
    definition.areas = bio2_impact_areas();
    definition.matrix.assign(5, std::vector<RiskLevel>(5, RiskLevel::Laag));
    for (int l = 1; l <= 5; ++l) {
        for (int i = 1; i <= 5; ++i)
            definition.matrix[static_cast<std::size_t>(l - 1)][static_cast<std::size_t>(i - 1)] = standard_level(l, i);
    }
    definition.appetite = {AcceptanceAuthority::WithinAppetite, AcceptanceAuthority::ProcessOwner,
        AcceptanceAuthority::Board, AcceptanceAuthority::Board};
    auto methodology = create(std::move(definition));
    BOLWERK_VERIFY(methodology.has_value());
    return std::move(methodology).value();
}

Result<RiskLevel> RiskMethodology::level(int likelihood, int impact) const
{
    if (likelihood < 1 || likelihood > likelihood_steps())
        return Error::invalid("likelihood " + std::to_string(likelihood) + " is not on the scale 1.."
                + std::to_string(likelihood_steps()),
            {.field = "likelihood"});
    if (impact < 1 || impact > impact_steps())
        return Error::invalid(
            "impact " + std::to_string(impact) + " is not on the scale 1.." + std::to_string(impact_steps()),
            {.field = "impact"});
    return m_definition.matrix[static_cast<std::size_t>(likelihood - 1)][static_cast<std::size_t>(impact - 1)];
}

Result<int> RiskMethodology::combined_impact(std::span<AreaImpact const> impacts) const
{
    if (impacts.empty())
        return Error::invalid("score the impact in at least one area", {.field = "impact"});
    int highest = 0;
    int sum = 0;
    for (auto const& scored : impacts) {
        auto const known = std::any_of(m_definition.areas.begin(), m_definition.areas.end(),
            [&](ImpactArea const& area) { return area.code == scored.area; });
        if (!known)
            return Error::invalid("unknown impact area '" + scored.area + "'", {.field = "impact." + scored.area});
        if (scored.impact < 1 || scored.impact > impact_steps())
            return Error::invalid(
                "impact " + std::to_string(scored.impact) + " is not on the scale 1.." + std::to_string(impact_steps()),
                {.field = "impact." + scored.area});
        highest = std::max(highest, scored.impact);
        sum += scored.impact;
    }
    if (m_definition.aggregation == ImpactAggregation::Highest)
        return highest;
    auto const count = static_cast<int>(impacts.size());
    return (sum + count - 1) / count;
}

AcceptanceAuthority RiskMethodology::required_authority(RiskLevel level) const
{
    return m_definition.appetite[static_cast<std::size_t>(level) - 1];
}

std::string_view RiskMethodology::colour(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Laag: return "#39870c";
    case RiskLevel::Midden: return "#f9e11e";
    case RiskLevel::Hoog: return "#e17000";
    case RiskLevel::ZeerHoog: return "#d52b1e";
    }
    return "#d52b1e";
}

} // namespace bolwerk::domain
