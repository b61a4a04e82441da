#include "report/assessment/dashboard_charts.hpp"

#include <algorithm>
#include <cmath>

namespace bolwerk::report::assessment {

namespace {

using domain::assessment::all_aspects;
using domain::assessment::all_measure_statuses;
using domain::assessment::Dashboard;
using domain::assessment::Funnel;
using domain::assessment::MeasureStatus;
using domain::assessment::StatusCounts;
using domain::assessment::TrendPoint;
using Anchor = SvgWriter::Anchor;

constexpr int chart_width = 720;
constexpr int row_height = 44;
constexpr int bar_height = 26;
constexpr int top_margin = 16;
constexpr int label_column = 190; ///< Where bars start; row labels end left of it.
constexpr int bar_length = 400;
constexpr int min_labelled_segment = 34; ///< Narrower segments carry no count (the table has it).

bool is_dutch(Language language) { return language == Language::Dutch; }

int scaled(std::int64_t part, std::int64_t whole, int length)
{
    if (whole <= 0)
        return 0;
    return static_cast<int>(std::lround(static_cast<double>(part) * length / static_cast<double>(whole)));
}

// Gridlines and labels at 0, 25, 50, 75 and 100 % under the bars.
void percent_axis(SvgWriter& svg, int top, int bottom)
{
    for (int step = 0; step <= 4; ++step) {
        int const x = label_column + bar_length * step / 4;
        svg.line(x, top, x, bottom, grid_colour);
        svg.text(x, bottom + 14, std::to_string(step * 25) + "%", Anchor::Middle, 11);
    }
}

// A count inside a segment, on a chip of the solid status colour so that the white
// text keeps its contrast over the pattern.
void segment_count(SvgWriter& svg, MeasureStatus status, int x, int y, int width, std::int64_t count)
{
    if (width < min_labelled_segment || count == 0)
        return;
    auto const text = std::to_string(count);
    int const chip = static_cast<int>(text.size()) * 8 + 8;
    int const centre = x + width / 2;
    svg.rect(centre - chip / 2, y + 4, chip, bar_height - 8, status_style(status).colour);
    svg.text(centre, y + bar_height / 2 + 4, text, Anchor::Middle, 12, "#ffffff", true);
}

void theme_row(SvgWriter& svg, domain::assessment::ThemeProgress const& theme, int y, Language language)
{
    svg.text(label_column - 10, y + bar_height / 2 + 4, theme_label(theme.theme, language), Anchor::End, 13);
    auto const total = theme.measures.total();
    int x = label_column;
    std::int64_t running = 0;
    for (auto const status : all_measure_statuses) {
        auto const count = theme.measures.count(status);
        running += count;
        // Ends are rounded from the running total, so the segments always fill the bar.
        int const end = label_column + scaled(running, total, bar_length);
        if (end > x) {
            svg.rect(x, y, end - x, bar_height, svg.pattern_url(status));
            segment_count(svg, status, x, y, end - x, count);
        }
        x = end;
    }
    auto const noun
        = is_dutch(language) ? (total == 1 ? " maatregel" : " maatregelen") : (total == 1 ? " measure" : " measures");
    auto const summary = std::to_string(total) + noun;
    svg.text(label_column + bar_length + 10, y + bar_height / 2 + 4, summary, Anchor::Start, 12);
}

std::string theme_description(Dashboard const& dashboard, Language language)
{
    std::string text;
    for (auto const& theme : dashboard.themes) {
        text += theme_label(theme.theme, language) + ": ";
        for (auto const status : all_measure_statuses) {
            text += std::to_string(theme.measures.count(status)) + " " + std::string(status_label(status, language));
            text += status == MeasureStatus::NotApplicable ? "; " : ", ";
        }
    }
    return text + (is_dutch(language) ? "De tabel geeft dezelfde aantallen." : "The table gives the same counts.");
}

std::vector<std::string> status_columns(Language language)
{
    std::vector<std::string> columns;
    columns.reserve(all_measure_statuses.size());
    for (auto const status : all_measure_statuses)
        columns.emplace_back(status_label(status, language));
    return columns;
}

std::vector<std::string> status_cells(StatusCounts const& counts)
{
    std::vector<std::string> cells;
    cells.reserve(all_measure_statuses.size() + 1);
    for (auto const status : all_measure_statuses)
        cells.push_back(std::to_string(counts.count(status)));
    cells.push_back(std::to_string(counts.total()));
    return cells;
}

std::string funnel_step_label(int step, Language language)
{
    if (step == 0)
        return is_dutch(language) ? "Maatregelen (zonder n.v.t.)" : "Measures (excluding n/a)";
    auto const aspect = all_aspects[static_cast<std::size_t>(step - 1)];
    return std::string(aspect_label(aspect, language))
        + (is_dutch(language) ? " voldoet (deels)" : " compliant (partly)");
}

std::int64_t funnel_step(Funnel const& funnel, int step)
{
    return step == 0 ? funnel.measures : funnel.at(all_aspects[static_cast<std::size_t>(step - 1)]);
}

// A round upper bound for a count axis: 5, 10, 20, 25, 50, 100, … at least `value`.
std::int64_t axis_maximum(std::int64_t value)
{
    std::int64_t magnitude = 1;
    while (true) {
        for (std::int64_t const factor : {5, 10, 20, 25, 50}) {
            if (value <= factor * magnitude)
                return factor * magnitude;
        }
        magnitude *= 10;
    }
}

// Where the end labels of the trend lines go: at the last value of each line, pushed
// apart so that no two overlap.
std::vector<std::pair<int, MeasureStatus>> end_labels(std::vector<std::pair<int, MeasureStatus>> labels)
{
    constexpr int spacing = 15;
    std::sort(labels.begin(), labels.end(), [](auto const& a, auto const& b) { return a.first < b.first; });
    for (std::size_t i = 1; i < labels.size(); ++i)
        labels[i].first = std::max(labels[i].first, labels[i - 1].first + spacing);
    return labels;
}

} // namespace

std::string theme_progress_svg(Dashboard const& dashboard, Language language, std::string id)
{
    int const rows = static_cast<int>(dashboard.themes.size());
    int const axis = top_margin + rows * row_height;
    int const height = axis + 70;
    SvgWriter svg(std::move(id), chart_width, height, is_dutch(language) ? "Voortgang per thema" : "Progress per theme",
        theme_description(dashboard, language));
    svg.status_patterns();
    percent_axis(svg, top_margin - 6, axis - row_height + bar_height + 6);
    for (int row = 0; row < rows; ++row)
        theme_row(svg, dashboard.themes[static_cast<std::size_t>(row)], top_margin + row * row_height, language);
    int x = 20;
    for (auto const status : all_measure_statuses) {
        svg.legend_entry(status, x, height - 30, language);
        x += 175;
    }
    return svg.finish();
}

DataTable theme_progress_table(Dashboard const& dashboard, Language language)
{
    bool const dutch = is_dutch(language);
    DataTable table;
    table.caption = dutch ? "Maatregelen per thema en status" : "Measures per theme and status";
    table.columns.emplace_back(dutch ? "Thema" : "Theme");
    for (auto& column : status_columns(language))
        table.columns.push_back(std::move(column));
    table.columns.emplace_back(dutch ? "Totaal" : "Total");
    table.columns.emplace_back(dutch ? "Toepasselijke beheersmaatregelen" : "Applicable controls");
    for (auto const& theme : dashboard.themes) {
        auto cells = status_cells(theme.measures);
        cells.push_back(
            std::to_string(theme.applicable_controls) + (dutch ? " van " : " of ") + std::to_string(theme.controls));
        table.rows.push_back({theme_label(theme.theme, language), std::move(cells)});
    }
    table.rows.push_back({dutch ? "Alle thema's" : "All themes", status_cells(dashboard.measures)});
    table.rows.back().cells.push_back("");
    return table;
}

DataTable control_progress_table(Dashboard const& dashboard, Language language)
{
    bool const dutch = is_dutch(language);
    DataTable table;
    table.caption = dutch ? "Maatregelen per beheersmaatregel" : "Measures per control";
    table.columns.emplace_back(dutch ? "Beheersmaatregel" : "Control");
    table.columns.emplace_back(dutch ? "Van toepassing" : "Applicable");
    for (auto& column : status_columns(language))
        table.columns.push_back(std::move(column));
    table.columns.emplace_back(dutch ? "Totaal" : "Total");
    for (auto const& control : dashboard.controls) {
        std::vector<std::string> cells{control.applicable ? (dutch ? "ja" : "yes") : (dutch ? "nee" : "no")};
        for (auto& cell : status_cells(control.measures))
            cells.push_back(std::move(cell));
        table.rows.push_back({control.control.to_string(), std::move(cells)});
    }
    return table;
}

std::string funnel_svg(Funnel const& funnel, Language language, std::string id)
{
    bool const dutch = is_dutch(language);
    constexpr int steps = 4;
    constexpr int funnel_label_column = 240;
    constexpr int funnel_length = 320;
    int const height = top_margin + steps * row_height + 8;
    std::string description;
    for (int step = 0; step < steps; ++step) {
        description += funnel_step_label(step, language) + ": " + std::to_string(funnel_step(funnel, step))
            + (step + 1 < steps ? "; " : ". ");
    }
    SvgWriter svg(std::move(id), chart_width, height,
        dutch ? "Trechter opzet, bestaan, werking" : "Funnel of design, existence, operation", description);
    for (int step = 0; step < steps; ++step) {
        auto const count = funnel_step(funnel, step);
        int const y = top_margin + step * row_height;
        int const width = std::max(scaled(count, funnel.measures, funnel_length), count > 0 ? 2 : 0);
        // Centred bars, so that the narrowing reads as a funnel.
        int const x = funnel_label_column + (funnel_length - width) / 2;
        svg.text(funnel_label_column - 10, y + bar_height / 2 + 4, funnel_step_label(step, language), Anchor::End, 13);
        svg.rect(funnel_label_column, y, funnel_length, bar_height, "#eef2f7");
        if (width > 0)
            svg.rect(x, y, width, bar_height, bar_colour);
        svg.text(funnel_label_column + funnel_length + 10, y + bar_height / 2 + 4,
            std::to_string(count) + " (" + format_percent(count, funnel.measures) + ")", Anchor::Start, 12);
    }
    return svg.finish();
}

DataTable funnel_table(Funnel const& funnel, Language language)
{
    bool const dutch = is_dutch(language);
    DataTable table;
    table.caption = dutch ? "Opzet, bestaan en werking beoordeeld als voldoet of voldoet deels"
                          : "Design, existence and operation assessed as compliant or partly compliant";
    table.columns = {dutch ? "Stap" : "Step", dutch ? "Aantal" : "Count", dutch ? "Aandeel" : "Share"};
    for (int step = 0; step < 4; ++step) {
        auto const count = funnel_step(funnel, step);
        table.rows.push_back(
            {funnel_step_label(step, language), {std::to_string(count), format_percent(count, funnel.measures)}});
    }
    return table;
}

std::string maturity_svg(Dashboard const& dashboard, Language language, std::string id)
{
    bool const dutch = is_dutch(language);
    int const highest = std::max(dashboard.maturity_highest, 1);
    int const rows = static_cast<int>(dashboard.maturity.size());
    int const axis = top_margin + rows * row_height;
    std::string description;
    for (auto const& theme : dashboard.maturity) {
        description += theme_label(theme.theme, language) + ": "
            + (theme.average ? format_decimal(*theme.average, language) : (dutch ? "geen score" : "no score")) + "; ";
    }
    description
        += dutch ? "schaal 0 tot " + std::to_string(highest) + "." : "scale 0 to " + std::to_string(highest) + ".";
    SvgWriter svg(std::move(id), chart_width, axis + 30,
        dutch ? "Gemiddelde volwassenheid per thema" : "Average maturity per theme", description);
    for (int level = 0; level <= highest; ++level) {
        int const x = label_column + bar_length * level / highest;
        svg.line(x, top_margin - 6, x, axis - row_height + bar_height + 6, grid_colour);
        svg.text(x, axis - row_height + bar_height + 20, std::to_string(level), Anchor::Middle, 11);
    }
    for (int row = 0; row < rows; ++row) {
        auto const& theme = dashboard.maturity[static_cast<std::size_t>(row)];
        int const y = top_margin + row * row_height;
        svg.text(label_column - 10, y + bar_height / 2 + 4, theme_label(theme.theme, language), Anchor::End, 13);
        std::string value = dutch ? "geen score" : "no score";
        if (theme.average) {
            int const width = static_cast<int>(std::lround(*theme.average * bar_length / highest));
            svg.rect(label_column, y, std::max(width, 2), bar_height, bar_colour);
            value = format_decimal(*theme.average, language) + " (" + std::to_string(theme.rated)
                + (dutch ? " met score)" : " rated)");
        }
        svg.text(label_column + bar_length + 10, y + bar_height / 2 + 4, value, Anchor::Start, 12);
    }
    return svg.finish();
}

DataTable maturity_table(Dashboard const& dashboard, domain::assessment::MaturityScale const& scale, Language language)
{
    bool const dutch = is_dutch(language);
    DataTable table;
    table.caption = dutch ? "Volwassenheid per thema: gemiddelde en verdeling over de niveaus"
                          : "Maturity per theme: average and distribution over the levels";
    table.columns = {dutch ? "Thema" : "Theme", dutch ? "Gemiddelde" : "Average"};
    for (std::size_t level = 0; level < scale.labels.size(); ++level)
        table.columns.push_back(std::to_string(level) + " " + scale.labels[level]);
    table.columns.emplace_back(dutch ? "Zonder score" : "Not rated");
    for (auto const& theme : dashboard.maturity) {
        std::vector<std::string> cells{theme.average ? format_decimal(*theme.average, language) : "–"};
        for (std::size_t level = 0; level < scale.labels.size(); ++level)
            cells.push_back(level < theme.levels.size() ? std::to_string(theme.levels[level]) : "0");
        cells.push_back(std::to_string(theme.unrated));
        table.rows.push_back({theme_label(theme.theme, language), std::move(cells)});
    }
    return table;
}

std::string trend_svg(std::vector<TrendPoint> const& trend, Language language, std::string id)
{
    bool const dutch = is_dutch(language);
    constexpr int left = 60, right = 560, top = 20, bottom = 250, height = 320;
    std::int64_t peak = 0;
    for (auto const& point : trend) {
        for (auto const status : all_measure_statuses)
            peak = std::max(peak, point.measures.count(status));
    }
    auto const maximum = axis_maximum(std::max<std::int64_t>(peak, 1));
    std::string description
        = dutch ? std::to_string(trend.size()) + " momenten" : std::to_string(trend.size()) + " points";
    if (!trend.empty()) {
        description += dutch ? "; laatste (" : "; latest (";
        description += trend.back().label + "): ";
        for (auto const status : all_measure_statuses)
            description += std::to_string(trend.back().measures.count(status)) + " "
                + std::string(status_label(status, language)) + ", ";
        description.resize(description.size() - 2);
    }
    description += dutch ? ". De tabel geeft alle waarden." : ". The table gives every value.";
    SvgWriter svg(std::move(id), chart_width, height, dutch ? "Verloop per status" : "Trend per status", description);
    for (int step = 0; step <= 5; ++step) {
        int const y = bottom - (bottom - top) * step / 5;
        svg.line(left, y, right, y, grid_colour);
        svg.text(left - 8, y + 4, std::to_string(maximum * step / 5), Anchor::End, 11);
    }
    auto const x_of = [&](std::size_t index) {
        if (trend.size() < 2)
            return (left + right) / 2;
        return left
            + static_cast<int>(
                (right - left) * static_cast<std::int64_t>(index) / static_cast<std::int64_t>(trend.size() - 1));
    };
    auto const y_of = [&](std::int64_t value) { return bottom - scaled(value, maximum, bottom - top); };
    for (std::size_t index = 0; index < trend.size(); ++index) {
        svg.text(x_of(index), bottom + 18, trend[index].label, Anchor::Middle, 11);
        svg.text(x_of(index), bottom + 32, format_date(trend[index].date), Anchor::Middle, 10);
    }
    std::vector<std::pair<int, MeasureStatus>> labels;
    for (auto const status : all_measure_statuses) {
        std::vector<int> points;
        for (std::size_t index = 0; index < trend.size(); ++index) {
            points.push_back(x_of(index));
            points.push_back(y_of(trend[index].measures.count(status)));
        }
        if (points.size() >= 4)
            svg.polyline(points, status_style(status).colour, status_style(status).dash);
        for (std::size_t i = 0; i + 1 < points.size(); i += 2)
            svg.marker(status, points[i], points[i + 1]);
        if (!points.empty())
            labels.emplace_back(points.back(), status);
    }
    for (auto const& [y, status] : end_labels(std::move(labels)))
        svg.text(
            right + 14, y + 4, status_label(status, language), Anchor::Start, 12, status_style(status).colour, true);
    return svg.finish();
}

DataTable trend_table(std::vector<TrendPoint> const& trend, Language language)
{
    bool const dutch = is_dutch(language);
    DataTable table;
    table.caption = dutch ? "Verloop over de momentopnamen" : "Trend across the snapshots";
    table.columns = {dutch ? "Moment" : "Point", dutch ? "Datum" : "Date"};
    for (auto& column : status_columns(language))
        table.columns.push_back(std::move(column));
    for (auto const aspect : all_aspects)
        table.columns.emplace_back(aspect_label(aspect, language));
    for (auto const& point : trend) {
        std::vector<std::string> cells{format_date(point.date)};
        for (auto const status : all_measure_statuses)
            cells.push_back(std::to_string(point.measures.count(status)));
        for (auto const aspect : all_aspects)
            cells.push_back(std::to_string(point.funnel.at(aspect)));
        table.rows.push_back({point.label, std::move(cells)});
    }
    return table;
}

} // namespace bolwerk::report::assessment
