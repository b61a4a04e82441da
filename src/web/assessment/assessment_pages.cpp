#include "web/assessment/assessment_pages.hpp"

#include "app/assessment/assessment_service.hpp"
#include "app/authorisation.hpp"
#include "app/catalog_service.hpp"
#include "app/evidence/evidence_service.hpp"
#include "app/risk/risk_service.hpp"
#include "common/text.hpp"
#include "report/assessment/chart_kit.hpp"
#include "web/assessment/assessment_forms.hpp"
#include "web/assessment/assessment_views.hpp"
#include "web/assessment/control_exclusion_view.hpp"
#include "web/assessment/measure_text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"

#include <algorithm>
#include <map>
#include <memory>

namespace bolwerk::web {

namespace {

using domain::assessment::Assessment;
using domain::catalog::CatalogVersion;
using domain::catalog::ControlNumber;
using domain::catalog::MeasureNumber;

/// How many snapshots the trend shows (the newest ones), so that the page stays fast.
constexpr std::size_t trend_snapshots = 8;

std::string organisation_path(OrganisationId id) { return "/organisaties/" + id.to_string(); }

// The shared use cases (built once, app::Services) that the assessment pages call.
struct Assessments {
    app::CatalogService* catalogs = nullptr;
    app::AssessmentService* service = nullptr;
};

Result<Assessments> open_assessments(RequestContext& context)
{
    auto& use_cases = *context.services.app;
    return Assessments{TRY(use_cases.catalogs()), TRY(use_cases.assessments())};
}

// The organisation's assessment with the catalog version it is against.
struct Loaded {
    OrganisationId organisation{0};
    Assessments use_cases;
    Assessment assessment;
    std::optional<CatalogVersion> catalog;
};

Result<Loaded> load(RequestContext& context)
{
    Loaded loaded;
    loaded.organisation = TRY(organisation_parameter(context));
    loaded.use_cases = TRY(open_assessments(context));
    loaded.assessment = TRY(loaded.use_cases.service->get(context.actor, loaded.organisation));
    loaded.catalog = TRY(loaded.use_cases.catalogs->load(context.actor, loaded.assessment.catalog.to_string()));
    return loaded;
}

bool can_write(RequestContext const& context, OrganisationId organisation)
{
    return app::authorise(context.actor, app::Permission::AssessmentWrite, organisation).has_value();
}

// Issue #10, item 9: a measure's form is shown to those who decide the whole statement
// and to the measure's owner.
bool can_change_measure(RequestContext const& context, Loaded const& loaded, domain::catalog::MeasureNumber measure)
{
    auto const allowed = loaded.use_cases.service->may_change_measure(context.actor, loaded.organisation, measure);
    return allowed && *allowed;
}

// The trend: the newest snapshots in date order, then today. A snapshot that cannot be
// read is left out rather than failing the whole page.
std::vector<domain::assessment::TrendPoint> trend_of(RequestContext& context, Loaded const& loaded)
{
    std::vector<Assessment> frozen;
    std::vector<domain::assessment::DatedAssessment> points;
    if (auto const summaries = loaded.use_cases.service->snapshots(context.actor, loaded.organisation)) {
        auto list = *summaries;
        std::sort(list.begin(), list.end(), [](auto const& a, auto const& b) { return a.created_at < b.created_at; });
        auto const skip = list.size() > trend_snapshots ? list.size() - trend_snapshots : 0;
        frozen.reserve(list.size() - skip);
        for (auto index = skip; index < list.size(); ++index) {
            auto snapshot = loaded.use_cases.service->snapshot(context.actor, loaded.organisation, list[index].label);
            if (!snapshot)
                continue;
            frozen.push_back(std::move(*snapshot));
            points.push_back(
                {std::chrono::floor<std::chrono::days>(list[index].created_at), list[index].label, &frozen.back()});
        }
    }
    points.push_back({today(context), context.text("dashboard_now"), &loaded.assessment});
    return domain::assessment::build_trend(*loaded.catalog, points);
}

nlohmann::json json_or_null(std::string const& text) { return text.empty() ? nlohmann::json() : nlohmann::json(text); }

std::string control_label(RequestContext const& context, Assessments const& use_cases, ControlNumber control)
{
    auto const* info = use_cases.catalogs->builtin_index().control(control);
    if (info == nullptr)
        return {};
    return context.language == Language::English && !info->label_en.empty() ? info->label_en : info->label_nl;
}

// The measures of one control with their status, linked to their pages.
nlohmann::json control_measures(RequestContext const& context, Loaded const& loaded, ControlNumber control)
{
    auto measures = nlohmann::json::array();
    for (auto const& item : loaded.catalog->items()) {
        if (!domain::catalog::is_measure(item.kind) || item.number.control() != control)
            continue;
        auto const* answer = loaded.assessment.find(item.number);
        auto const standing = domain::assessment::measure_standing(
            answer ? answer->status : domain::assessment::MeasureStatus::NotStarted, loaded.assessment.find(control));
        measures.push_back({{"number", item.number.to_string()},
            {"href", organisation_path(loaded.organisation) + "/maatregelen/" + item.number.to_string()},
            {"status",
                standing.excluded_with_control ? context.text("excluded_with_control")
                                               : status_text(context, standing.status)}});
    }
    return measures;
}

// Risk analyses and risks an exclusion can refer to; none when the actor may not read
// the risk register (a document reference can always be typed).
std::vector<ReferenceChoice> reference_choices(RequestContext& context, OrganisationId organisation)
{
    std::vector<ReferenceChoice> choices;
    if (!app::authorise(context.actor, app::Permission::RiskRead, organisation))
        return choices;
    auto& risks = context.services.app->risks;
    using Kind = domain::assessment::RiskReference::Kind;
    if (auto const analyses = risks.list_analyses(context.actor, organisation)) {
        for (auto const& analysis : *analyses) {
            choices.push_back({{Kind::RiskAnalysis, analysis.id.to_string()},
                format_date(analysis.held_on) + " " + std::string(domain::to_string(analysis.kind)) + " "
                    + analysis.process});
        }
    }
    if (auto const listed = risks.register_of(context.actor, organisation)) {
        for (auto const& risk : listed->risks)
            choices.push_back({{Kind::Risk, risk.id.to_string()}, risk.title});
    }
    return choices;
}

// Issue #6 → #5: the risks that rely on a control or on one of its measures (their
// existing controls), per control. Empty when the actor may not read the register.
std::map<ControlNumber, nlohmann::json> risks_per_control(RequestContext& context, OrganisationId organisation)
{
    std::map<ControlNumber, nlohmann::json> result;
    if (!app::authorise(context.actor, app::Permission::RiskRead, organisation))
        return result;
    auto& risks = context.services.app->risks;
    auto const links = risks.control_links(context.actor, organisation);
    if (!links)
        return result;
    for (auto const& link : *links) {
        std::optional<ControlNumber> control;
        if (auto const measure = domain::catalog::MeasureNumber::parse_lenient(link.reference))
            control = measure->number.control();
        else if (auto const parsed = ControlNumber::parse(link.reference))
            control = *parsed;
        if (!control)
            continue;
        auto& list = result[*control];
        if (!list.is_array())
            list = nlohmann::json::array();
        auto const id = link.risk_id.to_string();
        if (std::any_of(list.begin(), list.end(), [&](nlohmann::json const& entry) { return entry["id"] == id; }))
            continue; // a risk naming the control and one of its measures is listed once
        auto const level = context.language == Language::English ? domain::english_label(link.current.level)
                                                                 : domain::dutch_label(link.current.level);
        list.push_back({{"id", id}, {"title", link.title}, {"level", level},
            {"href", organisation_path(organisation) + "/risicos/" + id}});
    }
    return result;
}

nlohmann::json risks_of(std::map<ControlNumber, nlohmann::json> const& risks, ControlNumber control)
{
    auto const found = risks.find(control);
    return found == risks.end() ? nlohmann::json::array() : found->second;
}

// Issue #5: the evidence that supports a measure, with the aspect (opzet, bestaan,
// werking) each item proves, or the measure as a whole. Empty without EvidenceRead.
nlohmann::json evidence_of(RequestContext& context, OrganisationId organisation, domain::catalog::MeasureNumber measure)
{
    auto items = nlohmann::json::array();
    if (!app::authorise(context.actor, app::Permission::EvidenceRead, organisation))
        return items;
    auto const target = domain::EvidenceTarget::create(domain::EvidenceTargetKind::Measure, measure.to_string());
    if (!target)
        return items;
    auto& evidence = context.services.app->evidence;
    auto const found = evidence.list(context.actor, organisation, {.target = *target});
    if (!found)
        return items;
    for (auto const& item : *found) {
        std::string aspects;
        for (auto const& link : item.links) {
            if (link.target != *target)
                continue;
            auto const name
                = link.aspect ? std::string(domain::to_string(*link.aspect)) : context.text("evidence_whole");
            aspects += (aspects.empty() ? "" : ", ") + name;
        }
        items.push_back({{"title", item.title}, {"aspects", aspects},
            {"href", organisation_path(organisation) + "/bewijs/" + item.id.to_string()},
            {"valid_until", item.valid_until ? format_date(*item.valid_until) : std::string("–")}});
    }
    return items;
}

// A measure or control form page; after a refused save, the error's status and, when
// someone else saved first, the "stale" problem.
Response render_form_page(RequestContext& context, Page page, Error const* error)
{
    if (error) {
        page.status = status_for(error->kind());
        if (error->kind() == ErrorKind::Conflict)
            page.problem = context.text("stale");
    }
    return render_page(context, std::move(page));
}

Response render_measure(RequestContext& context, Loaded const& loaded, domain::catalog::CatalogItem const& item,
    FormValues const& values, Error const* error, std::string notice)
{
    auto const* answer = loaded.assessment.find(item.number);
    auto const errors = form_errors(context, error);
    auto data = measure_form_view(
        context, values, loaded.assessment.maturity_scale, reference_choices(context, loaded.organisation), errors);
    auto const control = *item.number.control();
    std::string tags;
    for (auto const tag : item.tags)
        tags += (tags.empty() ? "" : ", ") + context.text("tag_" + std::string(domain::catalog::to_string(tag)));
    data.update({{"organisation_id", loaded.organisation.to_string()}, {"number", item.number.to_string()},
        {"control", control.to_string()}, {"control_label", control_label(context, loaded.use_cases, control)},
        {"kind",
            context.text(item.kind == domain::catalog::ItemKind::Reference ? "kind_reference" : "kind_substantive")},
        {"has_tags", !tags.empty()}, {"tags", tags}, {"has_text", !item.text.empty()},
        {"text_blocks", text_blocks_view(item.text)}, {"needs_review", answer != nullptr && answer->needs_review},
        {"review_reason", answer != nullptr ? answer->review_reason : std::string()},
        {"status_hint", status_hint(context, answer)},
        {"can_write", can_change_measure(context, loaded, item.number)}});
    data["evidence"] = evidence_of(context, loaded.organisation, item.number);
    data["has_evidence"] = !data["evidence"].empty();
    data["can_read_evidence"]
        = static_cast<bool>(app::authorise(context.actor, app::Permission::EvidenceRead, loaded.organisation));
    return render_form_page(context,
        {.template_name = "assessment_measure",
            .title_key = "measure_title",
            .data = std::move(data),
            .breadcrumbs = {{context.text("nav_gaps"), organisation_path(loaded.organisation) + "/gaplijst"}},
            .current_navigation = "gaps",
            .notice = std::move(notice)},
        error);
}

// `exclusion`: the confirm step of an exclusion, with what it breaks (issue #13 item 2).
Response render_control(RequestContext& context, Loaded const& loaded, ControlNumber control, FormValues const& values,
    Error const* error, std::string notice, app::ExclusionPreview const* exclusion = nullptr)
{
    auto const errors = form_errors(context, error);
    auto data = control_form_view(context, values, reference_choices(context, loaded.organisation), errors);
    auto const measures = control_measures(context, loaded, control);
    auto const risks = risks_of(risks_per_control(context, loaded.organisation), control);
    data.update({{"risks", risks}, {"has_risks", !risks.empty()}});
    data.update({{"organisation_id", loaded.organisation.to_string()}, {"number", control.to_string()},
        {"label", control_label(context, loaded.use_cases, control)}, {"annex_a", control.annex_a_reference()},
        {"measures", measures}, {"has_measures", !measures.empty()},
        {"can_write", can_write(context, loaded.organisation)},
        {"mandatory_hint", mandatory_hint(context, *loaded.catalog, loaded.assessment, control)},
        {"confirm", exclusion ? exclusion_view(context, loaded.organisation, *exclusion) : nlohmann::json()}});
    return render_form_page(context,
        {.template_name = "assessment_control",
            .title_key = "control_title",
            .data = std::move(data),
            .breadcrumbs
            = {{context.text("nav_controls"), organisation_path(loaded.organisation) + "/beheersmaatregelen"}},
            .current_navigation = "controls",
            .notice = std::move(notice)},
        error);
}

Result<ControlNumber> control_parameter(RequestContext const& context)
{
    auto const text = context.parameters.get("control").value_or("");
    auto const control = ControlNumber::parse(text);
    if (!control)
        return Error::not_found("control '" + std::string(text) + "' does not exist");
    return *control;
}

// The catalog entry of the {measure} in the path; NotFound unless it is a measure the
// organisation answers in the catalog version in force.
Result<domain::catalog::CatalogItem const*> measure_item(RequestContext const& context, Loaded const& loaded)
{
    auto const text = context.parameters.get("measure").value_or("");
    auto const number = MeasureNumber::parse(text);
    auto const* item = number ? loaded.catalog->find(*number) : nullptr;
    if (item == nullptr || !domain::catalog::is_measure(item->kind) || !item->number.control())
        return Error::not_found(
            "measure '" + std::string(text) + "' is not in " + loaded.catalog->reference().to_string());
    return item;
}

bool saved(RequestContext const& context)
{
    return form_value(parse_form(context.request.query), "opgeslagen").has_value();
}

} // namespace

Result<Response> show_assessment_dashboard(RequestContext& context)
{
    auto const loaded = load(context);
    if (!loaded)
        return loaded.error();
    auto const query = parse_form(context.request.query);
    auto const filter = gap_filter_from_query(query);
    auto const dashboard
        = domain::assessment::build_dashboard(*loaded->catalog, loaded->assessment, today(context), filter);
    auto data = dashboard_view(
        context, loaded->organisation, dashboard, trend_of(context, *loaded), loaded->assessment.maturity_scale);
    data["filter"] = gap_filter_view(context, dashboard, filter);
    data["filter_query"] = json_or_null(gap_filter_query(filter));
    return render_page(context,
        {.template_name = "assessment_dashboard",
            .title_key = "dashboard_title",
            .data = std::move(data),
            .current_navigation = "assessment"});
}

Result<Response> show_gap_list(RequestContext& context)
{
    auto const loaded = load(context);
    if (!loaded)
        return loaded.error();
    auto const query = parse_form(context.request.query);
    auto const filter = gap_filter_from_query(query);
    auto const dashboard
        = domain::assessment::build_dashboard(*loaded->catalog, loaded->assessment, today(context), filter);
    return render_page(context,
        {.template_name = "gap_list",
            .title_key = "gap_list_title",
            .data = gap_list_view(context, loaded->organisation, dashboard, filter, page_from_query(query)),
            .breadcrumbs = {{context.text("nav_assessment"), organisation_path(loaded->organisation) + "/dashboard"}},
            .current_navigation = "gaps"});
}

Result<Response> show_assessment_controls(RequestContext& context)
{
    auto const loaded = TRY(load(context));
    auto const language = context.language;
    auto themes = nlohmann::json::array();
    std::int64_t applicable = 0, answered = 0;
    auto const risks = risks_per_control(context, loaded.organisation);
    for (auto const theme : domain::catalog::all_themes()) {
        auto controls = nlohmann::json::array();
        for (auto const control : ControlNumber::all()) {
            if (control.theme() != theme)
                continue;
            auto const* decided = loaded.assessment.find(control);
            bool const applies = decided == nullptr || decided->applicable;
            applicable += applies ? 1 : 0;
            answered += decided != nullptr ? 1 : 0;
            std::string reasons;
            if (decided != nullptr)
                reasons = applies ? reasons_text(context, decided->reasons) : decided->justification;
            controls.push_back({{"number", control.to_string()},
                {"href", organisation_path(loaded.organisation) + "/beheersmaatregelen/" + control.to_string()},
                {"label", control_label(context, loaded.use_cases, control)},
                {"applicable", decided == nullptr ? context.text("controls_not_decided") : yes_no(context, applies)},
                {"reasons", reasons}, {"measures", control_measures(context, loaded, control)},
                {"risks", risks_of(risks, control)}});
        }
        auto const label = report::assessment::theme_label(theme, language);
        themes.push_back({{"chapter", std::to_string(static_cast<int>(theme))}, {"label", label},
            {"caption", context.text("controls_caption") + " (" + label + ")"}, {"controls", controls}});
    }
    auto const summary = fill(context.text("controls_summary"),
        {{"applicable", std::to_string(applicable)}, {"total", std::to_string(ControlNumber::all().size())},
            {"answered", std::to_string(answered)}});
    return render_page(context,
        {.template_name = "assessment_controls",
            .title_key = "controls_title",
            .data = {{"themes", themes}, {"summary", summary}},
            .breadcrumbs = {{context.text("nav_assessment"), organisation_path(loaded.organisation) + "/dashboard"}},
            .current_navigation = "controls"});
}

Result<Response> show_control_form(RequestContext& context)
{
    auto const loaded = TRY(load(context));
    auto const control = TRY(control_parameter(context));
    auto const* stored = loaded.assessment.find(control);
    auto const values = control_values(stored ? *stored : domain::assessment::ControlApplicability{.control = control});
    return render_control(
        context, loaded, control, values, nullptr, saved(context) ? context.text("control_saved") : std::string());
}

Result<Response> submit_control(RequestContext& context)
{
    auto const loaded = TRY(load(context));
    auto const control = TRY(control_parameter(context));
    // Permission before input, so that a refusal reveals nothing about the input rules.
    if (auto const allowed = app::authorise(context.actor, app::Permission::AssessmentWrite, loaded.organisation);
        !allowed)
        return allowed.error();
    auto const posted = context.form();
    auto const applicability = control_from_form(context, control);
    if (!applicability)
        return render_control(context, loaded, control, posted, &applicability.error(), {});
    // Issue #13 item 2: a new exclusion first shows what it breaks; it is saved by a
    // second POST with confirm=1 (no JavaScript).
    auto const* before = loaded.assessment.find(control);
    bool const newly_excluded = !applicability->applicable && (before == nullptr || before->applicable);
    if (newly_excluded && context.field("confirm") != "1") {
        auto const preview
            = loaded.use_cases.service->preview_exclusion(context.actor, loaded.organisation, *applicability);
        if (!preview && preview.error().kind() == ErrorKind::Invalid)
            return render_control(context, loaded, control, posted, &preview.error(), {});
        if (!preview)
            return preview.error();
        return render_control(context, loaded, control, posted, nullptr, {}, &*preview);
    }
    auto const stored = loaded.use_cases.service->set_control(
        context.actor, loaded.organisation, *applicability, applicability->version);
    if (!stored && (stored.error().kind() == ErrorKind::Invalid || stored.error().kind() == ErrorKind::Conflict))
        return render_control(context, loaded, control, posted, &stored.error(), {});
    if (!stored)
        return stored.error();
    return Response::redirect(
        organisation_path(loaded.organisation) + "/beheersmaatregelen/" + control.to_string() + "?opgeslagen=1");
}

Result<Response> show_measure_form(RequestContext& context)
{
    auto const loaded = TRY(load(context));
    auto const item = measure_item(context, loaded);
    if (!item)
        return item.error();
    auto const* stored = loaded.assessment.find((*item)->number);
    auto const values
        = measure_values(stored ? *stored : domain::assessment::MeasureAnswer{.measure = (*item)->number});
    return render_measure(
        context, loaded, **item, values, nullptr, saved(context) ? context.text("measure_saved") : std::string());
}

Result<Response> submit_measure(RequestContext& context)
{
    auto const loaded = TRY(load(context));
    auto const item = measure_item(context, loaded);
    if (!item)
        return item.error();
    if (auto const allowed = app::authorise(context.actor, app::Permission::AssessmentContribute, loaded.organisation);
        !allowed)
        return allowed.error();
    auto const posted = context.form();
    auto const answer = measure_answer_from_form(context, (*item)->number);
    if (!answer)
        return render_measure(context, loaded, **item, posted, &answer.error(), {});
    auto const stored
        = loaded.use_cases.service->save_measure(context.actor, loaded.organisation, *answer, answer->version);
    // A refusal that names a field (an owner changing a verdict) is shown at that field.
    bool const names_field = stored.has_value() ? false : stored.error().location().field.has_value();
    if (!stored
        && (stored.error().kind() == ErrorKind::Invalid || stored.error().kind() == ErrorKind::Conflict
            || (stored.error().kind() == ErrorKind::Forbidden && names_field)))
        return render_measure(context, loaded, **item, posted, &stored.error(), {});
    if (!stored)
        return stored.error();
    return Response::redirect(
        organisation_path(loaded.organisation) + "/maatregelen/" + (*item)->number.to_string() + "?opgeslagen=1");
}

} // namespace bolwerk::web
