#include "web/catalog/assessment_history_pages.hpp"

#include "app/assessment/assessment_service.hpp"
#include "app/authorisation.hpp"
#include "common/local_time_format.hpp"
#include "common/text.hpp"
#include "web/catalog/catalog_views.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/organisation/audit_view.hpp"

namespace bolwerk::web {

namespace {

using domain::assessment::ChangeKind;
using domain::assessment::FieldChange;

constexpr std::string_view snapshots_rest = "/momentopnamen";

bool may_freeze(RequestContext const& context, OrganisationId organisation)
{
    return app::authorise(context.actor, app::Permission::AssessmentFreeze, organisation).has_value();
}

Page snapshots_page(
    RequestContext& context, OrganisationId organisation, app::SnapshotListing const& listing, nlohmann::json data)
{
    auto rows = nlohmann::json::array();
    // Newest first: the one a reader looks for.
    for (auto it = listing.snapshots.rbegin(); it != listing.snapshots.rend(); ++it) {
        auto const& snapshot = *it;
        rows.push_back({{"label", snapshot.label}, {"catalog", snapshot.catalog},
            {"created_at", format_local_date_time(snapshot.created_at, context.language, ZoneLabel::Abbreviation)},
            {"created_by", person_named(listing.names, snapshot.created_by)},
            {"compare_href",
                organisation_path(organisation, std::string(snapshots_rest) + "/vergelijken?van=")
                    + percent_encode(snapshot.label)}});
    }
    data["organisation_id"] = organisation.to_string();
    data["snapshots"] = rows;
    data["has_snapshots"] = !rows.empty();
    data["can_freeze"] = may_freeze(context, organisation);
    if (!data.contains("values"))
        data["values"] = nlohmann::json::object();
    return Page{.template_name = "snapshots",
        .title_key = "snapshots_title",
        .data = std::move(data),
        .current_navigation = "snapshots"};
}

std::string field_label(RequestContext const& context, std::string const& field)
{
    return context.text("history_field_" + replace_all(field, ".", "_"));
}

std::string change_label(RequestContext const& context, ChangeKind kind)
{
    return context.text("history_change_" + std::string(domain::assessment::to_string(kind)));
}

nlohmann::json fields_view(RequestContext const& context, std::vector<FieldChange> const& fields)
{
    auto rows = nlohmann::json::array();
    for (auto const& field : fields) {
        rows.push_back({{"field", field_label(context, field.field)},
            {"before", field.before.empty() ? "–" : recorded_value_text(context, field.before)},
            {"after", field.after.empty() ? "–" : recorded_value_text(context, field.after)}});
    }
    return rows;
}

nlohmann::json state_options(
    RequestContext const& context, app::SnapshotListing const& listing, std::string const& chosen, bool with_current)
{
    auto options = nlohmann::json::array();
    if (with_current)
        options.push_back({{"value", ""}, {"label", context.text("history_current")}, {"selected", chosen.empty()}});
    for (auto it = listing.snapshots.rbegin(); it != listing.snapshots.rend(); ++it)
        options.push_back({{"value", it->label}, {"label", it->label}, {"selected", it->label == chosen}});
    return options;
}

// The labels of a maturity scale as typed, one a line; blank lines at the end do not count.
domain::assessment::MaturityScale scale_from(std::string const& text)
{
    domain::assessment::MaturityScale scale;
    for (auto const line : split(text, '\n'))
        scale.labels.emplace_back(trim(line));
    while (!scale.labels.empty() && scale.labels.back().empty())
        scale.labels.pop_back();
    return scale;
}

std::string scale_text(domain::assessment::MaturityScale const& scale)
{
    std::string text;
    for (auto const& label : scale.labels)
        text += (text.empty() ? "" : "\n") + label;
    return text;
}

Result<Response> maturity_page(RequestContext& context, OrganisationId organisation, Error const* error)
{
    auto* assessments = TRY(context.services.app->assessments());
    auto const assessment = TRY(assessments->get(context.actor, organisation));
    auto levels = nlohmann::json::array();
    for (std::size_t level = 0; level < assessment.maturity_scale.labels.size(); ++level)
        levels.push_back({{"level", std::to_string(level)}, {"label", assessment.maturity_scale.labels[level]}});
    nlohmann::json data{{"organisation_id", organisation.to_string()}, {"levels", levels},
        {"can_edit", may_freeze(context, organisation)},
        {"values", {{"levels", error ? context.field("levels") : scale_text(assessment.maturity_scale)}}}};
    Page page{.template_name = "maturity_scale", .title_key = "maturity_title", .current_navigation = "maturity"};
    if (error) {
        add_form_error(data, *error, {"levels"}, "levels");
        page.problem = context.text("form_has_errors") + " " + error->message();
        page.status = status_for(error->kind());
    }
    page.data = std::move(data);
    if (form_value(parse_form(context.request.query), "bewaard"))
        page.notice = context.text("maturity_saved");
    return render_page(context, std::move(page));
}

} // namespace

Result<Response> show_snapshots(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    auto* assessments = TRY(context.services.app->assessments());
    auto const listing = TRY(assessments->snapshot_listing(context.actor, organisation));
    auto page = snapshots_page(context, organisation, listing, nlohmann::json::object());
    if (auto const saved = form_value(parse_form(context.request.query), "bewaard"))
        page.notice = fill(context.text("snapshot_saved"), {{"label", *saved}});
    return render_page(context, std::move(page));
}

Result<Response> submit_snapshot(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    // Permission before input, so a refusal reveals nothing about the input rules.
    TRY(app::authorise(context.actor, app::Permission::AssessmentFreeze, organisation));
    auto* assessments = TRY(context.services.app->assessments());
    auto const label = context.field("label");
    auto const frozen = assessments->freeze(context.actor, organisation, label);
    if (frozen) {
        return Response::redirect(
            organisation_path(organisation, std::string(snapshots_rest)) + "?bewaard=" + percent_encode(frozen->label));
    }
    if (is_server_side(frozen.error()) || frozen.error().kind() == ErrorKind::Forbidden
        || frozen.error().kind() == ErrorKind::NotFound)
        return frozen.error();
    auto const listing = TRY(assessments->snapshot_listing(context.actor, organisation));
    nlohmann::json data{{"values", {{"label", label}}}};
    add_form_error(data, frozen.error(), {"label"}, "label");
    auto page = snapshots_page(context, organisation, listing, std::move(data));
    page.problem = context.text("form_has_errors") + " " + frozen.error().message();
    page.status = status_for(frozen.error().kind());
    return render_page(context, std::move(page));
}

Result<Response> show_snapshot_compare(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    auto* assessments = TRY(context.services.app->assessments());
    auto const listing = TRY(assessments->snapshot_listing(context.actor, organisation));
    auto const query = parse_form(context.request.query);
    auto from = form_value(query, "van").value_or("");
    auto const to = form_value(query, "naar").value_or("");
    if (from.empty() && !listing.snapshots.empty())
        from = listing.snapshots.back().label;
    nlohmann::json data{{"organisation_id", organisation.to_string()},
        {"from_options", state_options(context, listing, from, false)},
        {"to_options", state_options(context, listing, to, true)}, {"has_snapshots", !listing.snapshots.empty()},
        {"has_diff", false}};
    Page page{.template_name = "snapshot_compare",
        .title_key = "snapshot_compare_title",
        .breadcrumbs
        = {{context.text("snapshots_title"), organisation_path(organisation, std::string(snapshots_rest))}},
        .current_navigation = "snapshots"};
    if (!listing.snapshots.empty()) {
        auto const compared = [&]() -> Result<domain::assessment::AssessmentDiff> {
            if (from == to)
                return Error::invalid(context.text("history_choose_two"), {.field = "naar"});
            std::optional<std::string> const later = to.empty() ? std::nullopt : std::optional<std::string>(to);
            return assessments->compare(context.actor, organisation, from, later);
        }();
        if (!compared) {
            if (is_server_side(compared.error()) || compared.error().kind() == ErrorKind::Forbidden)
                return compared.error();
            add_form_error(data, compared.error(), {"van", "naar"}, "van");
            page.problem = context.text("form_has_errors") + " " + compared.error().message();
            page.status = status_for(compared.error().kind());
        } else {
            auto controls = nlohmann::json::array();
            for (auto const& change : compared->controls)
                controls.push_back({{"number", change.control.to_string()},
                    {"change", change_label(context, change.kind)}, {"fields", fields_view(context, change.fields)}});
            auto measures = nlohmann::json::array();
            for (auto const& change : compared->measures)
                measures.push_back({{"number", change.measure.to_string()},
                    {"change", change_label(context, change.kind)}, {"fields", fields_view(context, change.fields)},
                    {"href", organisation_path(organisation, "/maatregelen/" + change.measure.to_string())}});
            data["has_diff"] = true;
            data["diff"] = {{"from_label", from}, {"to_label", to.empty() ? context.text("history_current") : to},
                {"from_catalog", compared->from_catalog.to_string()}, {"to_catalog", compared->to_catalog.to_string()},
                {"catalog_changed", compared->from_catalog != compared->to_catalog},
                {"scale", fields_view(context, compared->scale)}, {"has_scale", !compared->scale.empty()},
                {"controls", controls}, {"has_controls", !controls.empty()}, {"measures", measures},
                {"has_measures", !measures.empty()}, {"empty", compared->empty()},
                {"control_count", std::to_string(controls.size())}, {"measure_count", std::to_string(measures.size())}};
        }
    }
    page.data = std::move(data);
    return render_page(context, std::move(page));
}

Result<Response> show_maturity_scale(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, app::Permission::AssessmentRead, organisation));
    return maturity_page(context, organisation, nullptr);
}

Result<Response> submit_maturity_scale(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, app::Permission::AssessmentFreeze, organisation));
    auto* assessments = TRY(context.services.app->assessments());
    auto const saved
        = assessments->set_maturity_scale(context.actor, organisation, scale_from(context.field("levels")));
    if (saved)
        return Response::redirect(organisation_path(organisation, "/volwassenheidsschaal?bewaard=1"));
    if (is_server_side(saved.error()) || saved.error().kind() == ErrorKind::Forbidden
        || saved.error().kind() == ErrorKind::NotFound)
        return saved.error();
    return maturity_page(context, organisation, &saved.error());
}

} // namespace bolwerk::web
