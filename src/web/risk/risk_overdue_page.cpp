#include "web/risk/risk_overdue_page.hpp"

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

constexpr std::int64_t overdue_page = 200;

} // namespace

Result<Response> show_overdue_reviews(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    domain::RiskFilter filter;
    filter.review_due_before = today(context);
    filter.oldest_review_first = true; // issue #13 item 9: the most overdue first
    auto const overdue = TRY(service_of(context).search_risks(context.actor, id, filter, 0, overdue_page));
    auto const rows = risk_rows(context, id, overdue.risks);
    return render_page(context,
        {.template_name = "risk_overdue",
            .title_key = "overdue_title",
            .data = {{"organisation_id", id.to_string()}, {"risks", rows}, {"has_risks", !rows.empty()},
                {"total", std::to_string(overdue.total)},
                {"truncated", overdue.total > static_cast<std::int64_t>(rows.size())}},
            .breadcrumbs = {{context.text("risks_title"), risks_path(id)}},
            .current_navigation = "risks"});
}

} // namespace bolwerk::web
