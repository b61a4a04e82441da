#include "web/evidence/evidence_pages.hpp"

#include "app/authorisation.hpp"
#include "common/integer_text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/evidence/evidence_view.hpp"

namespace bolwerk::web {

namespace {

// The list filters from the query string: maatregel (a target), aspect, verloopt=1.
Result<app::EvidenceQuery> query_from(RequestContext const& context)
{
    auto const query = parse_form(context.request.query);
    app::EvidenceQuery result;
    if (auto const target = form_value(query, "doel"); target && !target->empty()) {
        auto const targets = TRY(parse_targets(*target, "doel"));
        if (targets.size() == 1)
            result.target = targets.front();
    }
    result.aspect = TRY(parse_optional_aspect(form_value(query, "aspect").value_or("")));
    if (form_value(query, "verloopt").value_or("") == "1")
        result.expiring_on = today(context);
    return result;
}

Result<std::optional<std::int64_t>> version_number(RequestContext const& context)
{
    auto const text = form_value(parse_form(context.request.query), "versie").value_or("");
    if (text.empty())
        return std::optional<std::int64_t>();
    auto const number = parse_integer(text).value_or(0);
    if (number <= 0)
        return Error::not_found("version '" + text + "' does not exist");
    return std::optional<std::int64_t>(number);
}

nlohmann::json aspect_options(RequestContext& context, std::string const& chosen)
{
    auto options = nlohmann::json::array();
    options.push_back({{"value", ""}, {"label", context.text("evidence_aspect_none")}, {"selected", chosen.empty()}});
    for (auto const aspect :
        {domain::EvidenceAspect::Design, domain::EvidenceAspect::Existence, domain::EvidenceAspect::Operation}) {
        auto const value = std::string(domain::to_string(aspect));
        options.push_back(
            {{"value", value}, {"label", context.text("evidence_aspect_" + value)}, {"selected", chosen == value}});
    }
    return options;
}

} // namespace

Result<Response> show_evidence(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    if (auto const allowed = app::authorise(context.actor, app::Permission::EvidenceRead, id); !allowed)
        return allowed.error();
    auto const query = TRY(query_from(context));
    auto const items = evidence_service(context).list(context.actor, id, query);
    if (!items)
        return items.error();
    auto rows = nlohmann::json::array();
    for (auto const& item : *items)
        rows.push_back(item_view(context, item));
    auto const raw = parse_form(context.request.query);
    Page page{.template_name = "evidence",
        .title_key = "evidence_title",
        .data = {{"organisation_id", id.to_string()}, {"items", rows}, {"has_items", !rows.empty()},
            {"can_write", app::authorise(context.actor, app::Permission::EvidenceWrite, id).has_value()},
            {"filter_target", form_value(raw, "doel").value_or("")}, {"expiring", query.expiring_on.has_value()},
            {"aspects", aspect_options(context, form_value(raw, "aspect").value_or(""))}},
        .current_navigation = "evidence"};
    if (auto const added = form_value(raw, "toegevoegd"))
        page.notice = context.text("evidence_added");
    return render_page(context, std::move(page));
}

Result<Response> show_evidence_item(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    if (auto const allowed = app::authorise(context.actor, app::Permission::EvidenceRead, id); !allowed)
        return allowed.error();
    auto const item_id = TRY(item_parameter(context));
    auto const detail = TRY(evidence_service(context).get(context.actor, id, item_id));
    auto versions = nlohmann::json::array();
    for (auto const& version : detail.versions)
        versions.push_back(version_view(context, id, version));
    auto view = item_view(context, detail.item);
    Page page{.template_name = "evidence_item",
        .title_key = "evidence_item_title",
        .data = {{"organisation_id", id.to_string()}, {"item", view}, {"versions", versions},
            {"has_versions", !versions.empty()},
            {"can_write", app::authorise(context.actor, app::Permission::EvidenceWrite, id).has_value()},
            {"aspects", aspect_options(context, "")}, {"today", format_date(today(context))},
            {"max_size", app::describe_size(context.services.config.max_evidence_file_bytes)}},
        .breadcrumbs = {{context.text("evidence_title"), evidence_path(id)}},
        .current_navigation = "evidence"};
    auto const raw = parse_form(context.request.query);
    if (form_value(raw, "toegevoegd"))
        page.notice = context.text("evidence_added");
    if (form_value(raw, "bijgewerkt"))
        page.notice = context.text("evidence_updated");
    return render_page(context, std::move(page));
}

Result<Response> download_evidence(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    if (auto const allowed = app::authorise(context.actor, app::Permission::EvidenceRead, id); !allowed)
        return allowed.error();
    auto const item_id = TRY(item_parameter(context));
    auto const number = TRY(version_number(context));
    auto const download = TRY(evidence_service(context).content(context.actor, id, item_id, number));
    return download_response(download);
}

} // namespace bolwerk::web
