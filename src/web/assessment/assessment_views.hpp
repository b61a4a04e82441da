#pragma once

#include "common/id.hpp"
#include "domain/assessment/progress.hpp"
#include "web/http/http.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

// Template data of the gap-analysis pages (issue #5), built from domain values only:
// the handlers in assessment_pages.cpp load, these shape. Kept apart so the shaping
// can be read (and benchmarked) without a database.
namespace bolwerk::web {

struct RequestContext;

/// The filters of the dashboard and gap list, as read from the query string
/// (?label=basishygiene&eigenaar=Team+ICT&status=in_progress). Unknown values are
/// ignored rather than refused: a filter link is never an error.
domain::assessment::GapFilter gap_filter_from_query(std::vector<std::pair<std::string, std::string>> const& query);
/// The same filter as a query string without "?" ("" when empty), for links and pagers.
std::string gap_filter_query(domain::assessment::GapFilter const& filter);

/// The filter form: tag (only when the catalog version has tags), owner and status.
nlohmann::json gap_filter_view(RequestContext const& context, domain::assessment::Dashboard const& dashboard,
    domain::assessment::GapFilter const& filter);

/// The charts with their tables, the overdue list and the totals of the dashboard page.
nlohmann::json dashboard_view(RequestContext const& context, OrganisationId organisation,
    domain::assessment::Dashboard const& dashboard, std::vector<domain::assessment::TrendPoint> const& trend,
    domain::assessment::MaturityScale const& scale);

inline constexpr std::int64_t gaps_per_page = 50;

/// One page (1-based) of the gap list with its pager.
nlohmann::json gap_list_view(RequestContext const& context, OrganisationId organisation,
    domain::assessment::Dashboard const& dashboard, domain::assessment::GapFilter const& filter, std::int64_t page);

/// Rows of a gap list (the overdue list uses the same shape).
nlohmann::json gap_rows(RequestContext const& context, OrganisationId organisation,
    std::vector<domain::assessment::GapItem> const& items, std::size_t first, std::size_t count);

/// "niet gestart" / "not started": the status in the request's language.
std::string status_text(RequestContext const& context, domain::assessment::MeasureStatus status);
/// What the verdicts on opzet, bestaan and werking say about the stored status
/// (domain::assessment::suggest_status), as a sentence; empty when they agree.
std::string status_hint(RequestContext const& context, domain::assessment::MeasureAnswer const* answer);

/// The page asked for with ?pagina=N (1 when absent or not a whole number in range).
std::int64_t page_from_query(std::vector<std::pair<std::string, std::string>> const& query);

} // namespace bolwerk::web
