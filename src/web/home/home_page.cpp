#include "web/home/home_page.hpp"

#include "app/home/home_service.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"

#include <algorithm>

namespace bolwerk::web {

namespace {

using nlohmann::json;

std::string organisation_path(OrganisationId id) { return "/organisaties/" + id.to_string(); }

// One task line; left out when the role does not grant it (`count` empty).
void add_task(json& tasks, RequestContext const& context, std::optional<std::int64_t> count, std::string_view key,
    std::string href)
{
    if (!count)
        return;
    tasks.push_back(
        {{"count", *count}, {"label", context.text(key)}, {"href", std::move(href)}, {"none", *count == 0}});
}

json task_list(RequestContext const& context, app::OrganisationHome const& home)
{
    auto const base = organisation_path(home.organisation);
    auto tasks = json::array();
    add_task(tasks, context, home.overdue_measures, "home_task_overdue_measures", base + "/dashboard#te-laat-kop");
    add_task(tasks, context, home.risk_tasks, "home_task_risks", base + "/risicos#taken");
    add_task(tasks, context, home.acceptances_waiting, "home_task_acceptances", base + "/risicos/bestuur");
    add_task(tasks, context, home.evidence_expiring, "home_task_evidence", base + "/bewijs?verloopt=1");
    add_task(tasks, context, home.vvt_awaiting_approval, "home_task_vvt", base + "/vvt#vvt-versions-heading");
    add_task(tasks, context, home.supplier_tasks, "home_task_suppliers", base + "/leveranciers#taken");
    add_task(tasks, context, home.incident_clocks, "home_task_incidents", base + "/incidenten");
    return tasks;
}

std::string vvt_text(RequestContext const& context, app::VvtStatusSummary const& vvt)
{
    if (vvt.versions == 0)
        return context.text("home_vvt_none");
    auto text = context.text("home_vvt_version") + " " + std::to_string(vvt.latest) + ": "
        + context.text(vvt.latest_approved ? "home_vvt_approved" : "home_vvt_draft");
    if (vvt.published)
        text += "; " + context.text("home_vvt_published") + " " + std::to_string(*vvt.published);
    return text;
}

json status_list(RequestContext const& context, app::OrganisationHome const& home)
{
    auto const base = organisation_path(home.organisation);
    auto status = json::array();
    if (home.measures_implemented && home.measures_counted) {
        auto const counted = std::max<std::int64_t>(*home.measures_counted, 1);
        auto const percent = (*home.measures_implemented * 100 + counted / 2) / counted;
        status.push_back({{"label", context.text("home_status_implemented")},
            {"value",
                std::to_string(percent) + "% (" + std::to_string(*home.measures_implemented) + " "
                    + context.text("home_of") + " " + std::to_string(*home.measures_counted) + ")"},
            {"href", base + "/dashboard"}});
    }
    if (home.high_risks) {
        status.push_back({{"label", context.text("home_status_high_risks")},
            {"value", std::to_string(*home.high_risks)}, {"href", base + "/risicos"}});
    }
    if (home.vvt) {
        status.push_back({{"label", context.text("home_status_vvt")}, {"value", vvt_text(context, *home.vvt)},
            {"href", base + "/vvt"}});
    }
    return status;
}

} // namespace

Result<Response> show_home(RequestContext& context)
{
    auto* const service = TRY(context.services.app->home());
    auto homes = TRY(service->overview(context.actor));
    // The current organisation first, then the others in the order the switcher lists them.
    auto const current = context.session->record.organisation;
    std::stable_partition(
        homes.begin(), homes.end(), [&](auto const& home) { return current && home.organisation == *current; });
    auto organisations = json::array();
    for (auto const& home : homes) {
        auto tasks = task_list(context, home);
        auto status = status_list(context, home);
        organisations.push_back({{"id", home.organisation.to_string()}, {"name", home.name},
            {"current", current && home.organisation == *current}, {"tasks", tasks}, {"has_tasks", !tasks.empty()},
            {"nothing_waiting", !home.has_tasks()}, {"status", status}, {"has_status", !status.empty()}});
    }
    return render_page(context,
        {.template_name = "home",
            .title_key = "home",
            .data = {{"organisations", organisations}, {"has_organisations", !organisations.empty()}},
            .current_navigation = "home"});
}

} // namespace bolwerk::web
