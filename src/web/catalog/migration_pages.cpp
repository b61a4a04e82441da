#include "web/catalog/migration_pages.hpp"

#include "app/assessment/assessment_service.hpp"
#include "app/authorisation.hpp"
#include "app/catalog_service.hpp"
#include "common/text.hpp"
#include "web/catalog/catalog_views.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"

namespace bolwerk::web {

namespace {

struct Use {
    app::CatalogService* catalogs = nullptr;
    app::AssessmentService* assessments = nullptr;
};

Result<Use> use_cases(RequestContext const& context)
{
    auto& services = *context.services.app;
    return Use{TRY(services.catalogs()), TRY(services.assessments())};
}

std::string measure_href(OrganisationId organisation, domain::catalog::MeasureNumber const& number)
{
    return organisation_path(organisation, "/maatregelen/" + number.to_string());
}

// What a move does, for the preview and the result: the answers that change number,
// the ones that need a new look, the ones without a successor, the new measures.
nlohmann::json move_view(OrganisationId organisation, app::AssessmentMigration const& migration, bool applied)
{
    auto moves = nlohmann::json::array();
    std::size_t stays = 0;
    for (auto const& carried : migration.plan.carried) {
        if (carried.from == carried.to && !carried.needs_review) {
            ++stays;
            continue;
        }
        moves.push_back({{"from", carried.from.to_string()}, {"to", carried.to.to_string()},
            {"moves", carried.from != carried.to}, {"needs_review", carried.needs_review}, {"reason", carried.reason}});
    }
    auto review = nlohmann::json::array();
    for (auto const& answer : migration.to_review) {
        nlohmann::json row{{"number", answer.measure.to_string()}, {"reason", answer.review_reason}};
        if (applied)
            row["href"] = measure_href(organisation, answer.measure);
        review.push_back(std::move(row));
    }
    auto orphaned = nlohmann::json::array();
    for (auto const& answer : migration.orphaned)
        orphaned.push_back({{"number", answer.from.to_string()}, {"reason", answer.reason}});
    auto unanswered = nlohmann::json::array();
    for (auto const& number : migration.plan.unanswered)
        unanswered.push_back(number.to_string());
    return {{"from", migration.from.to_string()}, {"to", migration.to.to_string()}, {"moves", moves},
        {"has_moves", !moves.empty()}, {"stays_count", std::to_string(stays)}, {"review", review},
        {"has_review", !review.empty()}, {"review_count", std::to_string(review.size())}, {"orphaned", orphaned},
        {"has_orphaned", !orphaned.empty()}, {"orphaned_count", std::to_string(orphaned.size())},
        {"unanswered", unanswered}, {"has_unanswered", !unanswered.empty()},
        {"unanswered_count", std::to_string(unanswered.size())}, {"snapshot", migration.snapshot_label}};
}

// The page with the choice of version and, for a chosen one, its preview or the error.
Result<Response> migration_page(
    RequestContext& context, OrganisationId organisation, std::string const& target, Error const* submit_error)
{
    auto const use = TRY(use_cases(context));
    bool const started = TRY(use.assessments->started(context.actor, organisation));
    auto const current = TRY(use.assessments->get(context.actor, organisation)).catalog;
    auto options = nlohmann::json::array();
    for (auto const& version : app::listed_versions(TRY(use.catalogs->list(context.actor)))) {
        if (version.framework != current.framework || version == current)
            continue;
        auto const text = version.to_string();
        options.push_back({{"value", text}, {"label", text}, {"selected", text == target}});
    }
    nlohmann::json data{{"organisation_id", organisation.to_string()}, {"current", current.to_string()},
        {"started", started}, {"options", options}, {"has_options", !options.empty()}, {"has_preview", false},
        {"target", target}};
    Page page{.template_name = "catalog_migration", .title_key = "migration_title", .current_navigation = "migration"};
    Error const* shown = submit_error;
    std::optional<Error> preview_error;
    if (started && !target.empty() && !submit_error) {
        auto const preview = use.assessments->preview_migration(context.actor, organisation, target);
        if (preview) {
            data["has_preview"] = true;
            data["preview"] = move_view(organisation, *preview, false);
        } else if (is_server_side(preview.error()) || preview.error().kind() == ErrorKind::Forbidden) {
            return preview.error();
        } else {
            preview_error = preview.error();
            shown = &*preview_error;
        }
    }
    if (shown) {
        add_form_error(data, *shown, {"naar"}, "naar");
        page.problem = context.text("form_has_errors") + " " + shown->message();
        page.status = status_for(shown->kind());
    }
    page.data = std::move(data);
    return render_page(context, std::move(page));
}

} // namespace

Result<Response> show_migration(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, app::Permission::AssessmentFreeze, organisation));
    auto const target = form_value(parse_form(context.request.query), "naar").value_or("");
    return migration_page(context, organisation, target, nullptr);
}

Result<Response> submit_migration(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    // Permission before input, so a refusal reveals nothing about the input rules.
    TRY(app::authorise(context.actor, app::Permission::AssessmentFreeze, organisation));
    auto const use = TRY(use_cases(context));
    auto const target = std::string(trim(context.field("naar")));
    auto const migrated = target.empty()
        ? Result<app::AssessmentMigration>(Error::invalid(context.text("migration_choose_target"), {.field = "naar"}))
        : use.assessments->migrate(context.actor, organisation, target);
    if (!migrated) {
        if (is_server_side(migrated.error()) || migrated.error().kind() == ErrorKind::Forbidden)
            return migrated.error();
        return migration_page(context, organisation, target, &migrated.error());
    }
    Page page{.template_name = "catalog_migration_result",
        .title_key = "migration_result_title",
        .data = move_view(organisation, *migrated, true),
        .breadcrumbs = {{context.text("migration_title"), organisation_path(organisation, "/catalogusversie")}},
        .current_navigation = "migration"};
    page.data["organisation_id"] = organisation.to_string();
    page.notice = fill(context.text("migration_done"), {{"version", migrated->to.to_string()}});
    return render_page(context, std::move(page));
}

} // namespace bolwerk::web
