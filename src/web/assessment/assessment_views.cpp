#include "web/assessment/assessment_views.hpp"

#include "common/integer_text.hpp"
#include "common/text.hpp"
#include "domain/assessment/status_suggestion.hpp"
#include "report/assessment/dashboard_charts.hpp"
#include "web/core/request_context.hpp"

#include <algorithm>

namespace bolwerk::web {

namespace {

using domain::assessment::Dashboard;
using domain::assessment::GapFilter;
using domain::assessment::GapItem;
using domain::assessment::MeasureStatus;
namespace charts = report::assessment;

constexpr std::int64_t max_page_number = 1'000'000;

nlohmann::json table_view(charts::DataTable const& table, std::string const& id)
{
    nlohmann::json rows = nlohmann::json::array();
    for (auto const& row : table.rows)
        rows.push_back({{"header", row.header}, {"cells", row.cells}});
    return {{"id", id}, {"caption", table.caption}, {"columns", table.columns}, {"rows", std::move(rows)}};
}

// One chart section: heading, the SVG (inline, written by report/ with every text
// escaped) and the same figures as a table inside <details> (WCAG 1.1.1).
nlohmann::json chart_view(std::string const& id, std::string heading, std::string svg, charts::DataTable const& table)
{
    return {{"id", id}, {"heading", std::move(heading)}, {"svg", std::move(svg)},
        {"table", table_view(table, id + "-tabel")}};
}

std::string_view tag_name(domain::catalog::MeasureTag tag) { return domain::catalog::to_string(tag); }

std::string measure_path(OrganisationId organisation, domain::catalog::MeasureNumber measure)
{
    return "/organisaties/" + organisation.to_string() + "/maatregelen/" + measure.to_string();
}

} // namespace

std::string status_text(RequestContext const& context, MeasureStatus status)
{
    return std::string(charts::status_label(status, context.language));
}

std::string status_hint(RequestContext const& context, domain::assessment::MeasureAnswer const* answer)
{
    auto const suggestion = answer ? domain::assessment::suggest_status(*answer) : std::nullopt;
    if (!suggestion)
        return {};
    return context.text("measure_status_hint_" + std::string(domain::assessment::to_string(suggestion->reason))) + " "
        + context.text("measure_status_suggested") + " " + status_text(context, suggestion->status) + ".";
}

GapFilter gap_filter_from_query(std::vector<std::pair<std::string, std::string>> const& query)
{
    GapFilter filter;
    if (auto const tag = form_value(query, "label"); tag && !tag->empty()) {
        if (auto const parsed = domain::catalog::parse_measure_tag(*tag))
            filter.tag = *parsed;
    }
    // "eigenaar=" without a value means "no filter"; measures without owner are
    // asked for with the explicit value "-".
    if (auto const owner = form_value(query, "eigenaar"); owner && !trim(*owner).empty())
        filter.owner = *owner == "-" ? std::string() : std::string(trim(*owner));
    if (auto const status = form_value(query, "status"); status && !status->empty()) {
        if (auto const parsed = domain::assessment::parse_measure_status(*status))
            filter.status = *parsed;
    }
    return filter;
}

std::string gap_filter_query(GapFilter const& filter)
{
    std::string query;
    auto const add = [&](std::string_view name, std::string_view value) {
        query += (query.empty() ? "" : "&") + std::string(name) + "=" + percent_encode(value);
    };
    if (filter.tag)
        add("label", tag_name(*filter.tag));
    if (filter.owner)
        add("eigenaar", filter.owner->empty() ? "-" : *filter.owner);
    if (filter.status)
        add("status", domain::assessment::to_string(*filter.status));
    return query;
}

nlohmann::json gap_filter_view(RequestContext const& context, Dashboard const& dashboard, GapFilter const& filter)
{
    auto tags = nlohmann::json::array();
    for (auto const tag : {domain::catalog::MeasureTag::Basishygiene, domain::catalog::MeasureTag::Ketenhygiene,
             domain::catalog::MeasureTag::Overheidsrisico}) {
        tags.push_back({{"value", tag_name(tag)}, {"label", context.text("tag_" + std::string(tag_name(tag)))},
            {"selected", filter.tag == tag}});
    }
    auto owners = nlohmann::json::array();
    owners.push_back({{"value", "-"}, {"label", context.text("gap_owner_none")},
        {"selected", filter.owner && filter.owner->empty()}});
    for (auto const& owner : dashboard.owners)
        owners.push_back({{"value", owner}, {"label", owner}, {"selected", filter.owner == owner}});
    auto statuses = nlohmann::json::array();
    for (auto const status : domain::assessment::all_measure_statuses) {
        statuses.push_back({{"value", domain::assessment::to_string(status)}, {"label", status_text(context, status)},
            {"selected", filter.status == status}});
    }
    return {{"has_tags", dashboard.has_tags}, {"tags", tags}, {"owners", owners}, {"statuses", statuses},
        {"active", !filter.empty()}};
}

nlohmann::json gap_rows(RequestContext const& context, OrganisationId organisation, std::vector<GapItem> const& items,
    std::size_t first, std::size_t count)
{
    auto rows = nlohmann::json::array();
    auto const last = std::min(items.size(), first + count);
    for (auto index = first; index < last; ++index) {
        auto const& item = items[index];
        rows.push_back({{"number", item.measure.to_string()}, {"href", measure_path(organisation, item.measure)},
            {"mandatory", item.mandatory}, {"status", status_text(context, item.status)},
            {"owner", item.owner.empty() ? std::string("–") : item.owner},
            {"target", item.target_date ? format_date(*item.target_date) : std::string("–")}, {"overdue", item.overdue},
            {"needs_review", item.needs_review}});
    }
    return rows;
}

nlohmann::json dashboard_view(RequestContext const& context, OrganisationId organisation, Dashboard const& dashboard,
    std::vector<domain::assessment::TrendPoint> const& trend, domain::assessment::MaturityScale const& scale)
{
    auto const language = context.language;
    auto chart_list = nlohmann::json::array();
    chart_list.push_back(chart_view("voortgang", context.text("dashboard_progress"),
        charts::theme_progress_svg(dashboard, language, "voortgang"),
        charts::theme_progress_table(dashboard, language)));
    chart_list.push_back(chart_view("trechter", context.text("dashboard_funnel"),
        charts::funnel_svg(dashboard.funnel, language, "trechter"), charts::funnel_table(dashboard.funnel, language)));
    chart_list.push_back(chart_view("volwassenheid", context.text("dashboard_maturity"),
        charts::maturity_svg(dashboard, language, "volwassenheid"),
        charts::maturity_table(dashboard, scale, language)));
    chart_list.push_back(chart_view("verloop", context.text("dashboard_trend"),
        charts::trend_svg(trend, language, "verloop"), charts::trend_table(trend, language)));
    auto const counts = dashboard.measures;
    auto summary = context.text("dashboard_summary");
    summary = fill(std::move(summary),
        {{"total", std::to_string(counts.total())},
            {"implemented", std::to_string(counts.count(MeasureStatus::Implemented))},
            {"open", std::to_string(dashboard.gaps.size())}, {"overdue", std::to_string(dashboard.overdue.size())}});
    return {{"organisation_id", organisation.to_string()}, {"charts", std::move(chart_list)}, {"summary", summary},
        {"controls_table", table_view(charts::control_progress_table(dashboard, language), "beheersmaatregelen-tabel")},
        {"overdue", gap_rows(context, organisation, dashboard.overdue, 0, dashboard.overdue.size())},
        {"has_overdue", !dashboard.overdue.empty()}};
}

std::int64_t page_from_query(std::vector<std::pair<std::string, std::string>> const& query)
{
    auto const text = form_value(query, "pagina");
    if (!text)
        return 1;
    auto const number = parse_integer(*text).value_or(0);
    return number >= 1 && number <= max_page_number ? number : 1;
}

nlohmann::json gap_list_view(RequestContext const& context, OrganisationId organisation, Dashboard const& dashboard,
    GapFilter const& filter, std::int64_t page)
{
    auto const total = static_cast<std::int64_t>(dashboard.gaps.size());
    auto const pages = std::max<std::int64_t>(1, (total + gaps_per_page - 1) / gaps_per_page);
    page = std::clamp<std::int64_t>(page, 1, pages);
    auto const first = (page - 1) * gaps_per_page;
    auto const shown = std::min(gaps_per_page, total - first);
    auto range = context.text("gap_page_range");
    range = fill(std::move(range),
        {{"first", std::to_string(shown == 0 ? 0 : first + 1)}, {"last", std::to_string(first + shown)},
            {"total", std::to_string(total)}});
    auto const query = gap_filter_query(filter);
    auto const base = "/organisaties/" + organisation.to_string() + "/gaplijst?" + (query.empty() ? "" : query + "&");
    nlohmann::json pager{{"needed", total > gaps_per_page}, {"range", range}, {"has_previous", page > 1},
        {"previous", base + "pagina=" + std::to_string(page - 1)}, {"has_next", page < pages},
        {"next", base + "pagina=" + std::to_string(page + 1)}};
    return {{"organisation_id", organisation.to_string()},
        {"gaps",
            gap_rows(context, organisation, dashboard.gaps, static_cast<std::size_t>(first),
                static_cast<std::size_t>(shown))},
        {"has_gaps", total > 0}, {"pager", std::move(pager)}, {"filter", gap_filter_view(context, dashboard, filter)}};
}

} // namespace bolwerk::web
