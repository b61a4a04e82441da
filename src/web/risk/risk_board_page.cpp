#include "web/risk/risk_board_page.hpp"

#include "app/authorisation.hpp"
#include "app/risk/risk_service.hpp"
#include "common/json_text.hpp"
#include "common/text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/risk/risk_pages.hpp"
#include "web/risk/risk_view_support.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <set>
#include <span>

namespace bolwerk::web {

using namespace risk_view;

namespace {

using Json = nlohmann::json;

constexpr std::int64_t board_top = 10;
/// An acceptance that ends within this many days is "expiring" on the board's view.
constexpr int expiring_within_days = 60;

Json expiring_acceptances(RequestContext const& context, OrganisationId id,
    std::vector<domain::RiskAcceptance> const& acceptances, std::map<std::int64_t, std::string> const& titles)
{
    // The newest acceptance of each risk counts; it expires within the window.
    std::map<std::int64_t, domain::RiskAcceptance const*> newest;
    for (auto const& acceptance : acceptances) {
        auto& slot = newest[acceptance.risk_id.value()];
        if (slot == nullptr || slot->recorded_at <= acceptance.recorded_at)
            slot = &acceptance;
    }
    auto rows = Json::array();
    auto const now = today(context);
    for (auto const& [risk, acceptance] : newest) {
        if (domain::acceptance_expired(*acceptance, now)
            || acceptance->valid_until > now + std::chrono::days(expiring_within_days))
            continue;
        auto row = acceptance_row(context, *acceptance);
        auto const title = titles.find(risk);
        row["title"] = title == titles.end() ? std::to_string(risk) : title->second;
        row["href"] = risks_path(id) + "/" + std::to_string(risk);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

Result<Response> show_risk_board(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto& service = service_of(context);
    domain::RiskFilter filter;
    filter.most_severe_first = true;
    auto const top = service.search_risks(context.actor, id, filter, 0, board_top);
    if (!top)
        return top.error();
    auto const tasks = TRY(service.tasks(context.actor, id));
    auto const acceptances = TRY(service.acceptances(context.actor, id));
    auto waiting = Json::array();
    std::map<std::int64_t, std::string> titles;
    for (auto const& task : tasks) {
        if (!task.risk)
            continue;
        titles[task.risk->value()] = task.subject;
        if (task.kind != domain::RiskTaskKind::AcceptanceMissing
            && task.kind != domain::RiskTaskKind::AcceptanceExpired)
            continue;
        waiting.push_back({{"title", task.subject}, {"href", risks_path(id) + "/" + task.risk->to_string()},
            {"kind", context.text("task_" + std::string(domain::to_string(task.kind)))},
            {"accept_href", risks_path(id) + "/acceptatie?risico=" + task.risk->to_string()}});
    }
    for (auto const& risk : top->risks)
        titles[risk.id.value()] = risk.title;
    // Titles of risks neither on the top list nor in a task come from their rows.
    for (auto const& acceptance : acceptances) {
        if (titles.contains(acceptance.risk_id.value()))
            continue;
        if (auto risk = service.show_risk(context.actor, id, acceptance.risk_id))
            titles[acceptance.risk_id.value()] = risk->title;
    }
    auto const expiring = expiring_acceptances(context, id, acceptances, titles);
    auto const top_rows = risk_rows(context, id, top->risks);
    return render_page(context,
        {.template_name = "risk_board",
            .title_key = "board_title",
            .data = {{"organisation_id", id.to_string()}, {"top", top_rows}, {"has_top", !top_rows.empty()},
                {"waiting", waiting}, {"has_waiting", !waiting.empty()}, {"expiring", expiring},
                {"has_expiring", !expiring.empty()}, {"expiring_days", std::to_string(expiring_within_days)},
                {"can_accept", allowed(context, app::Permission::RiskAccept, id)}},
            .breadcrumbs = {{context.text("risks_title"), risks_path(id)}},
            .current_navigation = "board"});
}

} // namespace bolwerk::web
