#pragma once

#include "domain/assessment/progress.hpp"
#include "report/assessment/chart_kit.hpp"

#include <string>
#include <vector>

// The charts of the gap-analysis dashboard (issue #5) as standalone SVG documents,
// each with the table that carries the same figures. Every SVG has role="img", a
// <title> and a <desc> that summarises it, ids that start with the `id` given (so
// several charts can share one page), text of at least 4.5:1 contrast, and labels or
// patterns wherever colour distinguishes something (WCAG 1.1.1, 1.4.1, 1.4.3).
namespace bolwerk::report::assessment {

/// Stacked bars: per theme, the share of its measures in each status, with the counts.
std::string theme_progress_svg(domain::assessment::Dashboard const& dashboard, Language language, std::string id);
DataTable theme_progress_table(domain::assessment::Dashboard const& dashboard, Language language);

/// The 93 controls: applicable or not, and the status counts of their measures.
DataTable control_progress_table(domain::assessment::Dashboard const& dashboard, Language language);

/// The opzet → bestaan → werking funnel, each step as a bar with count and percentage.
std::string funnel_svg(domain::assessment::Funnel const& funnel, Language language, std::string id);
DataTable funnel_table(domain::assessment::Funnel const& funnel, Language language);

/// Average maturity per theme on the organisation's scale; the table adds the distribution.
std::string maturity_svg(domain::assessment::Dashboard const& dashboard, Language language, std::string id);
DataTable maturity_table(
    domain::assessment::Dashboard const& dashboard, domain::assessment::MaturityScale const& scale, Language language);

/// One line per status across the dated assessments (snapshots), with distinct
/// markers and dash patterns and a label at the end of each line.
std::string trend_svg(std::vector<domain::assessment::TrendPoint> const& trend, Language language, std::string id);
DataTable trend_table(std::vector<domain::assessment::TrendPoint> const& trend, Language language);

} // namespace bolwerk::report::assessment
