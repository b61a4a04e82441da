#include "report/assessment/dashboard_charts.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace bolwerk::report::assessment {
namespace {

using domain::assessment::Aspect;
using domain::assessment::AspectAssessment;
using domain::assessment::AspectResult;
using domain::assessment::Assessment;
using domain::assessment::MeasureAnswer;
using domain::assessment::MeasureStatus;
using domain::catalog::CatalogItem;
using domain::catalog::CatalogVersion;

// WCAG 2.1 relative luminance and contrast ratio of two "#rrggbb" colours.
double luminance(std::string_view colour)
{
    auto const channel = [&](std::size_t at) {
        double const value = std::stoi(std::string(colour.substr(at, 2)), nullptr, 16) / 255.0;
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

double contrast(std::string_view a, std::string_view b)
{
    auto const la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

TEST(ChartKit, StatusColoursCarryWhiteTextAndStandOutOnWhite)
{
    for (auto const status : domain::assessment::all_measure_statuses) {
        auto const colour = status_style(status).colour;
        EXPECT_GE(contrast(colour, "#ffffff"), 4.5) << colour;
    }
    EXPECT_GE(contrast(bar_colour, "#ffffff"), 4.5);
    EXPECT_GE(contrast(text_colour, "#ffffff"), 4.5);
    EXPECT_GE(contrast(text_colour, "#eef2f7"), 4.5) << "funnel labels never sit on the track, but could";
}

TEST(ChartKit, NumbersAreWrittenPerLanguage)
{
    EXPECT_EQ(format_decimal(2.54, Language::Dutch), "2,5");
    EXPECT_EQ(format_decimal(2.56, Language::English), "2.6");
    EXPECT_EQ(format_percent(1, 3), "33%");
    EXPECT_EQ(format_percent(0, 0), "0%");
}

CatalogVersion catalog()
{
    std::vector<CatalogItem> items;
    for (auto const* number : {"5.01.01", "5.01.02", "6.03.01", "7.02.01", "8.08.01", "8.08.02"})
        items.push_back({.number = domain::catalog::MeasureNumber::parse(number).value(),
            .kind = domain::catalog::ItemKind::Substantive,
            .target = {},
            .text = "",
            .tags = {}});
    return CatalogVersion::create(domain::catalog::VersionReference::parse("bio2@1.3").value(), "t", items).value();
}

Assessment assessment()
{
    Assessment result;
    auto const answer = [](char const* number, MeasureStatus status, int maturity) {
        MeasureAnswer entry{.measure = domain::catalog::MeasureNumber::parse(number).value()};
        entry.status = status;
        entry.maturity = maturity;
        return entry;
    };
    result.measures = {answer("5.01.01", MeasureStatus::Implemented, 4),
        answer("5.01.02", MeasureStatus::InProgress, 2), answer("8.08.01", MeasureStatus::NotApplicable, 0)};
    result.measures[0].aspect(Aspect::Design) = AspectAssessment{AspectResult::Compliant, Date{}, "X", ""};
    return result;
}

domain::assessment::Dashboard dashboard()
{
    return domain::assessment::build_dashboard(catalog(), assessment(), Date{std::chrono::year{2026} / 11 / 25});
}

void expect_accessible(std::string const& svg, std::string const& id)
{
    EXPECT_EQ(svg.rfind("<svg ", 0), 0U);
    EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
    EXPECT_NE(svg.find("aria-labelledby=\"" + id + "-title " + id + "-desc\""), std::string::npos);
    EXPECT_NE(svg.find("<title id=\"" + id + "-title\">"), std::string::npos);
    EXPECT_NE(svg.find("<desc id=\"" + id + "-desc\">"), std::string::npos);
    EXPECT_EQ(svg.substr(svg.size() - 6), "</svg>");
}

TEST(DashboardCharts, ThemeBarsHaveLabelsPatternsAndALegend)
{
    auto const svg = theme_progress_svg(dashboard(), Language::Dutch, "voortgang");
    expect_accessible(svg, "voortgang");
    EXPECT_NE(svg.find(">5 Organisatorisch<"), std::string::npos);
    EXPECT_NE(svg.find("<pattern id=\"voortgang-not_started\""), std::string::npos);
    EXPECT_NE(svg.find("fill=\"url(#voortgang-in_progress)\""), std::string::npos);
    EXPECT_NE(svg.find(">niet van toepassing<"), std::string::npos) << "the legend names every status";
    EXPECT_NE(svg.find(">2 maatregelen<"), std::string::npos);
    EXPECT_NE(svg.find("1 in uitvoering, 1 geïmplementeerd"), std::string::npos) << "the description has the counts";
    auto const english = theme_progress_svg(dashboard(), Language::English, "progress");
    EXPECT_NE(english.find(">8 Technological<"), std::string::npos);
    EXPECT_NE(english.find(">not started<"), std::string::npos);
}

TEST(DashboardCharts, ThemeTableHasTheSameCounts)
{
    auto const table = theme_progress_table(dashboard(), Language::Dutch);
    ASSERT_EQ(table.rows.size(), 5U);
    EXPECT_EQ(table.columns.front(), "Thema");
    EXPECT_EQ(table.rows[0].header, "5 Organisatorisch");
    EXPECT_EQ(table.rows[0].cells, (std::vector<std::string>{"0", "1", "1", "0", "2", "37 van 37"}));
    EXPECT_EQ(table.rows[4].header, "Alle thema's");
    EXPECT_EQ(table.rows[4].cells[4], "6");
    for (auto const& row : table.rows)
        EXPECT_EQ(row.cells.size() + 1, table.columns.size());
}

TEST(DashboardCharts, ControlTableListsAllControls)
{
    auto const table = control_progress_table(dashboard(), Language::English);
    ASSERT_EQ(table.rows.size(), 93U);
    EXPECT_EQ(table.rows[0].header, "5.1");
    EXPECT_EQ(table.rows[0].cells, (std::vector<std::string>{"yes", "0", "1", "1", "0", "2"}));
}

TEST(DashboardCharts, FunnelShowsCountsAndShares)
{
    auto const board = dashboard();
    auto const svg = funnel_svg(board.funnel, Language::Dutch, "trechter");
    expect_accessible(svg, "trechter");
    EXPECT_NE(svg.find(">Opzet voldoet (deels)<"), std::string::npos);
    EXPECT_NE(svg.find(">1 (20%)<"), std::string::npos) << svg;
    auto const table = funnel_table(board.funnel, Language::English);
    ASSERT_EQ(table.rows.size(), 4U);
    EXPECT_EQ(table.rows[0].cells, (std::vector<std::string>{"5", "100%"}));
    EXPECT_EQ(table.rows[1].header, "Design (opzet) compliant (partly)");
    EXPECT_EQ(table.rows[3].cells, (std::vector<std::string>{"0", "0%"}));
}

TEST(DashboardCharts, MaturityShowsAverageAndDistribution)
{
    auto const board = dashboard();
    auto const svg = maturity_svg(board, Language::Dutch, "volwassenheid");
    expect_accessible(svg, "volwassenheid");
    EXPECT_NE(svg.find(">3,0 (2 met score)<"), std::string::npos);
    EXPECT_NE(svg.find(">geen score<"), std::string::npos);
    auto const scale = domain::assessment::MaturityScale::standard();
    auto const table = maturity_table(board, scale, Language::Dutch);
    EXPECT_EQ(table.columns.size(), 2 + scale.labels.size() + 1);
    EXPECT_EQ(table.rows[0].cells[0], "3,0");
    EXPECT_EQ(table.rows[0].cells[1 + 2], "1");
    EXPECT_EQ(table.rows[0].cells[1 + 4], "1");
    EXPECT_EQ(table.rows[3].cells[0], "–") << "8.08.01 is not applicable, 8.08.02 unrated";
    EXPECT_EQ(table.rows[3].cells.back(), "1");
}

TEST(DashboardCharts, TrendHasALineMarkersAndAnEndLabelPerStatus)
{
    Assessment const before;
    auto const after = assessment();
    auto const trend = domain::assessment::build_trend(catalog(),
        {{Date{std::chrono::year{2026} / 6 / 30}, "Q2 <2026>", &before},
            {Date{std::chrono::year{2026} / 9 / 30}, "Q3 2026", &after}});
    auto const svg = trend_svg(trend, Language::Dutch, "verloop");
    expect_accessible(svg, "verloop");
    EXPECT_EQ(svg.find("<2026>"), std::string::npos) << "labels are escaped";
    EXPECT_NE(svg.find("Q2 &lt;2026&gt;"), std::string::npos);
    EXPECT_NE(svg.find("stroke-dasharray=\"6 3\""), std::string::npos);
    for (auto const status : domain::assessment::all_measure_statuses)
        EXPECT_NE(svg.find(">" + std::string(status_label(status, Language::Dutch)) + "</text>"), std::string::npos);
    auto const table = trend_table(trend, Language::Dutch);
    ASSERT_EQ(table.rows.size(), 2U);
    EXPECT_EQ(table.rows[1].cells, (std::vector<std::string>{"2026-09-30", "3", "1", "1", "1", "1", "0", "0"}));
}

TEST(DashboardCharts, AnEmptyTrendIsStillADocument)
{
    auto const svg = trend_svg({}, Language::English, "trend");
    expect_accessible(svg, "trend");
    EXPECT_NE(svg.find("0 points"), std::string::npos);
}

} // namespace
} // namespace bolwerk::report::assessment
