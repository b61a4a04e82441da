#include "report/risk/heat_map.hpp"

#include "common/text.hpp"

#include <algorithm>

namespace bolwerk::report {

namespace {

constexpr int cell_size = 72;
constexpr int left_margin = 150;
constexpr int top_margin = 48;
constexpr int bottom_margin = 90;

std::string const& label(domain::ScaleStep const& step, Language language)
{
    return language == Language::English && !step.label_en.empty() ? step.label_en : step.label_nl;
}

std::string_view level_label(domain::RiskLevel level, Language language)
{
    return language == Language::English ? domain::english_label(level) : domain::dutch_label(level);
}

// Dark text on the light colours (yellow), white on the others, for 4.5:1 contrast.
std::string_view text_colour(domain::RiskLevel level)
{
    return level == domain::RiskLevel::Midden ? "#000000" : "#ffffff";
}

std::string title_of(HeatMap const& map, Language language)
{
    bool const dutch = language == Language::Dutch;
    if (map.basis == HeatMapBasis::Inherent)
        return dutch ? "Risico's vóór behandeling (bruto)" : "Risks before treatment (inherent)";
    return dutch ? "Risico's na behandeling (netto)" : "Risks after treatment (residual)";
}

void draw_cell(std::string& svg, HeatMap const& map, std::size_t l, std::size_t i, Language language)
{
    auto const level = map.levels[l][i];
    auto const rows = map.likelihood.size();
    int const x = left_margin + static_cast<int>(i) * cell_size;
    int const y = top_margin + static_cast<int>(rows - 1 - l) * cell_size;
    svg += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" + std::to_string(cell_size)
        + "\" height=\"" + std::to_string(cell_size) + "\" fill=\""
        + std::string(domain::RiskMethodology::colour(level)) + "\" stroke=\"#ffffff\" stroke-width=\"2\"/>";
    auto const colour = std::string(text_colour(level));
    auto const centre_x = std::to_string(x + cell_size / 2);
    svg += "<text x=\"" + centre_x + "\" y=\"" + std::to_string(y + 32) + "\" fill=\"" + colour
        + "\" font-size=\"20\" font-weight=\"bold\" text-anchor=\"middle\">" + std::to_string(map.counts[l][i])
        + "</text>";
    svg += "<text x=\"" + centre_x + "\" y=\"" + std::to_string(y + 54) + "\" fill=\"" + colour
        + "\" font-size=\"11\" text-anchor=\"middle\">" + escape_xml(level_label(level, language)) + "</text>";
}

void draw_axes(std::string& svg, HeatMap const& map, Language language)
{
    auto const rows = map.likelihood.size();
    for (std::size_t l = 0; l < rows; ++l) {
        int const y = top_margin + static_cast<int>(rows - 1 - l) * cell_size + cell_size / 2 + 4;
        svg += "<text x=\"" + std::to_string(left_margin - 8) + "\" y=\"" + std::to_string(y)
            + "\" font-size=\"12\" text-anchor=\"end\">" + escape_xml(label(map.likelihood[l], language)) + "</text>";
    }
    int const axis_y = top_margin + static_cast<int>(rows) * cell_size;
    for (std::size_t i = 0; i < map.impact.size(); ++i) {
        int const x = left_margin + static_cast<int>(i) * cell_size + cell_size / 2;
        svg += "<text x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(axis_y + 18)
            + "\" font-size=\"12\" text-anchor=\"middle\">" + escape_xml(label(map.impact[i], language)) + "</text>";
    }
    bool const dutch = language == Language::Dutch;
    int const width = left_margin + static_cast<int>(map.impact.size()) * cell_size;
    svg += "<text x=\"" + std::to_string(left_margin + (width - left_margin) / 2) + "\" y=\""
        + std::to_string(axis_y + 50) + "\" font-size=\"13\" text-anchor=\"middle\">Impact</text>";
    svg += "<text x=\"12\" y=\"" + std::to_string(top_margin - 16) + "\" font-size=\"13\">"
        + (dutch ? "Kans ↑" : "Likelihood ↑") + "</text>";
}

} // namespace

HeatMap build_heat_map(
    domain::RiskMethodology const& methodology, std::vector<domain::Risk> const& risks, HeatMapBasis basis)
{
    std::vector<domain::RiskScores> scores;
    scores.reserve(risks.size());
    for (auto const& risk : risks)
        scores.push_back({risk.id, risk.inherent, risk.residual});
    return build_heat_map(methodology, scores, basis);
}

HeatMap build_heat_map(
    domain::RiskMethodology const& methodology, std::vector<domain::RiskScores> const& risks, HeatMapBasis basis)
{
    HeatMap map;
    map.basis = basis;
    map.likelihood = methodology.definition().likelihood;
    map.impact = methodology.definition().impact;
    map.levels = methodology.definition().matrix;
    map.counts.assign(map.likelihood.size(), std::vector<std::int64_t>(map.impact.size(), 0));
    for (auto const& risk : risks) {
        auto const& score = basis == HeatMapBasis::Residual ? risk.current() : risk.inherent;
        auto const l = static_cast<std::size_t>(score.likelihood - 1);
        auto const i = static_cast<std::size_t>(score.impact - 1);
        // Scores were checked against this methodology when it was stored; a score off
        // the grid would mean stale data, so it is left out rather than guessed.
        if (l >= map.counts.size() || i >= map.counts[l].size())
            continue;
        ++map.counts[l][i];
        ++map.total;
    }
    return map;
}

std::string heat_map_svg(HeatMap const& map, Language language)
{
    auto const title = title_of(map, language);
    int const width = left_margin + static_cast<int>(map.impact.size()) * cell_size + 16;
    int const height = top_margin + static_cast<int>(map.likelihood.size()) * cell_size + bottom_margin;
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"heatmap-title "
                      "heatmap-desc\" viewBox=\"0 0 "
        + std::to_string(width) + " " + std::to_string(height) + "\" width=\"" + std::to_string(width) + "\" height=\""
        + std::to_string(height) + "\" font-family=\"sans-serif\">";
    svg += "<title id=\"heatmap-title\">" + escape_xml(title) + "</title>";
    auto const description = language == Language::Dutch
        ? std::to_string(map.total) + " risico's; de tabel hieronder geeft dezelfde aantallen."
        : std::to_string(map.total) + " risks; the table below gives the same counts.";
    svg += "<desc id=\"heatmap-desc\">" + escape_xml(description) + "</desc>";
    for (std::size_t l = 0; l < map.likelihood.size(); ++l) {
        for (std::size_t i = 0; i < map.impact.size(); ++i)
            draw_cell(svg, map, l, i, language);
    }
    draw_axes(svg, map, language);
    svg += "</svg>";
    return svg;
}

std::string heat_map_text(HeatMap const& map, Language language)
{
    std::size_t width = 0;
    for (auto const& step : map.likelihood)
        width = std::max(width, label(step, language).size());
    std::string text = title_of(map, language) + "\n";
    for (std::size_t row = map.likelihood.size(); row-- > 0;) {
        auto const& name = label(map.likelihood[row], language);
        text += name + std::string(width - name.size() + 2, ' ');
        for (std::size_t i = 0; i < map.impact.size(); ++i) {
            auto const cell
                = std::to_string(map.counts[row][i]) + " " + std::string(domain::to_string(map.levels[row][i]));
            text += cell + std::string(cell.size() < 14 ? 14 - cell.size() : 1, ' ');
        }
        text += "\n";
    }
    text += std::string(width + 2, ' ');
    for (auto const& step : map.impact) {
        auto const& name = label(step, language);
        text += name + std::string(name.size() < 14 ? 14 - name.size() : 1, ' ');
    }
    return text + "\n";
}

} // namespace bolwerk::report
