#include "web/risk/risk_import_page.hpp"

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

Response import_page(RequestContext& context, OrganisationId id, Json values, Json report, unsigned status,
    std::string problem, std::string notice)
{
    Page page{.template_name = "risk_import",
        .title_key = "import_title",
        .data = {{"organisation_id", id.to_string()}, {"values", std::move(values)}, {"report", std::move(report)}},
        .breadcrumbs = {{context.text("risks_title"), risks_path(id)}},
        .current_navigation = "risks",
        .notice = std::move(notice),
        .problem = std::move(problem),
        .status = status};
    return render_page(context, std::move(page));
}

} // namespace

Result<Response> show_risk_import(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    if (auto const permission = app::authorise(context.actor, app::Permission::RiskWrite, id); !permission)
        return refused_or(context, permission);
    return import_page(context, id, Json::object(), nullptr, 200, {}, {});
}

Result<Response> submit_risk_import(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    if (auto const permission = app::authorise(context.actor, app::Permission::RiskWrite, id); !permission)
        return refused_or(context, permission);
    bool const skip = !context.field("skip_bad_rows").empty();
    auto const csv = context.field("csv");
    auto values = posted_values(context);
    auto const report = service_of(context).import_risks_csv(
        context.actor, id, csv, skip ? app::RiskService::InvalidRows::Skip : app::RiskService::InvalidRows::RefuseAll);
    if (!report) {
        if (report.error().kind() != ErrorKind::Invalid)
            return report.error();
        return import_page(context, id, std::move(values), nullptr, 400,
            context.text("import_unreadable") + " " + report.error().message(), {});
    }
    auto rows = Json::array();
    for (auto const& error : report->rejected) {
        rows.push_back({{"line", error.location().line ? std::to_string(*error.location().line) : "–"},
            {"field", error.location().field.value_or("–")}, {"message", refusal_text(context, error)}});
    }
    Json const summary{{"rows", rows}, {"has_rows", !rows.empty()}};
    if (report->refused) {
        auto problem = context.text("import_refused");
        problem = fill(problem, {{"count", std::to_string(report->rejected.size())}});
        return import_page(context, id, std::move(values), summary, 400, std::move(problem), {});
    }
    auto notice = fill(context.text("import_done"), {{"count", std::to_string(report->imported)}});
    return import_page(context, id, Json::object(), summary, 200, {}, std::move(notice));
}

} // namespace bolwerk::web
