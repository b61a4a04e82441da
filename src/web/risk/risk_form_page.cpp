#include "web/risk/risk_form_page.hpp"

#include "common/integer_text.hpp"
#include "common/json_text.hpp"
#include "common/text.hpp"
#include "domain/catalog/control_number.hpp"
#include "domain/catalog/measure_number.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/risk/risk_pages.hpp"
#include "web/risk/risk_view_support.hpp"

#include <array>

namespace bolwerk::web::risk_form {

using namespace risk_view;
using Json = nlohmann::json;

namespace {

constexpr std::array treatments{"verminderen", "accepteren", "overdragen", "vermijden"};
constexpr std::size_t max_measure_rows = 50;

// Row 1 keeps the names of the first form ("measure", "measure_owner", …); row n > 1
// adds "_n".
std::string measure_field(std::string_view name, std::size_t row)
{
    return std::string(name) + (row == 0 ? "" : "_" + std::to_string(row + 1));
}

bool posted(RequestContext& context, std::string const& name)
{
    for (auto const& [field, value] : context.form()) {
        if (field == name)
            return true;
    }
    return false;
}

Result<int> score_field(RequestContext& context, std::string const& name)
{
    auto const value = parse_integer<int>(context.field(name));
    if (!value)
        return Error::invalid("enter a whole number", {.field = name});
    return *value;
}

Result<std::optional<int>> optional_score(RequestContext& context, std::string const& name)
{
    if (context.field(name).empty())
        return std::optional<int>();
    return std::optional<int>(TRY(score_field(context, name)));
}

Result<std::optional<Date>> optional_date(RequestContext& context, std::string const& name)
{
    auto const text = context.field(name);
    if (text.empty())
        return std::optional<Date>();
    auto const date = parse_date(text);
    if (!date)
        return Error::invalid("enter a date as YYYY-MM-DD", {.field = name});
    return std::optional<Date>(*date);
}

// "5.17, 8.7; 5.17.01": ISO/IEC 27002 controls and BIO2 overheidsmaatregelen by number.
Result<std::vector<std::string>> controls_field(RequestContext& context)
{
    auto text = context.field("existing_controls");
    for (auto& character : text) {
        if (character == ',' || character == ';' || character == '\n' || character == '\r' || character == '\t')
            character = ' ';
    }
    std::vector<std::string> controls;
    for (auto const part : split(text, ' ')) {
        if (part.empty())
            continue;
        if (!domain::catalog::ControlNumber::parse(part) && !domain::catalog::MeasureNumber::parse(part))
            return Error::invalid("'" + std::string(part) + "' is not a control (5.17) or measure (5.17.01) number",
                {.field = "existing_controls"});
        controls.emplace_back(part);
    }
    return controls;
}

Result<std::vector<domain::PlannedMeasure>> measures_field(RequestContext& context)
{
    std::vector<domain::PlannedMeasure> measures;
    for (std::size_t row = 0; row < max_measure_rows && posted(context, measure_field("measure", row)); ++row) {
        // The date first: a TRY inside the braced initializer would leak the strings.
        auto const due = TRY(optional_date(context, measure_field("measure_due", row)));
        domain::PlannedMeasure measure{context.field(measure_field("measure", row)),
            context.field(measure_field("measure_owner", row)), due,
            !context.field(measure_field("measure_done", row)).empty()};
        // An untouched row (the empty one for a new measure) is no measure.
        if (trim(measure.description).empty() && trim(measure.owner).empty() && !measure.due && !measure.done)
            continue;
        measures.push_back(std::move(measure));
    }
    return measures;
}

// The form field an error belongs to ("planned_measures[1].description" → "measure_2").
std::string form_field_of(Error const& error)
{
    auto field = error.location().field.value_or("");
    if (field.starts_with("planned_measures[")) {
        auto const row = parse_integer<std::size_t>(field.substr(17, field.find(']') - 17)).value_or(0);
        return measure_field("measure", row);
    }
    if (field.starts_with("planned_measures"))
        return "measure";
    if (field == "likelihood")
        return "inherent_likelihood";
    return field;
}

// "1 = Zeer onwaarschijnlijk · 2 = …": what the numbers of a scale mean.
std::string scale_text(RequestContext const& context, std::vector<domain::ScaleStep> const& scale)
{
    std::string text = context.text("risk_scale_meaning");
    for (auto const& step : scale)
        text += (&step == &scale.front() ? " " : " · ") + std::to_string(step.value) + " = "
            + label_of(context, step.label_nl, step.label_en);
    return text;
}

// One field of the form. The kinds are exclusive; each is set so that a missing one
// does not reach the enclosing mustache context.
struct Fields {
    RequestContext& context;
    Json const& values;
    Json const& errors;
    Json list = Json::array();

    Json error_of(std::string const& name) const { return errors.contains(name) ? errors[name] : Json(); }

    Json& add(std::string const& kind, std::string const& name, std::string const& label_key)
    {
        Json field{{"name", name}, {"id", name}, {"label", context.text(label_key)}, {"value", values.value(name, "")},
            {"error", error_of(name)}, {"description", Json()}};
        for (auto const* other : {"text", "textarea", "number", "date", "select", "systems", "impacts", "measures"})
            field[other] = kind == other;
        list.push_back(std::move(field));
        return list.back();
    }
};

} // namespace

State state_from_form(RequestContext& context)
{
    State state{posted_values(context), {}, 0};
    for (auto const& [name, value] : context.form()) {
        if (name == "systems")
            state.systems.insert(value);
    }
    while (state.measure_rows < max_measure_rows && posted(context, measure_field("measure", state.measure_rows)))
        ++state.measure_rows;
    state.measure_rows = std::max<std::size_t>(state.measure_rows, 1);
    return state;
}

State state_from_risk(domain::Risk const& risk)
{
    State state;
    auto& values = state.values;
    values = {{"title", risk.title}, {"threat", risk.threat}, {"vulnerability", risk.vulnerability},
        {"owner", risk.owner}, {"inherent_likelihood", std::to_string(risk.inherent_likelihood)},
        {"treatment", std::string(domain::to_string(risk.treatment))},
        {"review_due", risk.review_due ? format_date(*risk.review_due) : std::string()}};
    for (auto const& impact : risk.inherent_impacts)
        values["impact." + impact.area] = std::to_string(impact.impact);
    std::string controls;
    for (auto const& control : risk.existing_controls)
        controls += (controls.empty() ? "" : ", ") + control;
    values["existing_controls"] = controls;
    if (risk.residual) {
        values["residual_likelihood"] = std::to_string(risk.residual->likelihood);
        values["residual_impact"] = std::to_string(risk.residual->impact);
    }
    for (auto const system : risk.systems)
        state.systems.insert(system.to_string());
    for (std::size_t row = 0; row < risk.planned_measures.size(); ++row) {
        auto const& measure = risk.planned_measures[row];
        values[measure_field("measure", row)] = measure.description;
        values[measure_field("measure_owner", row)] = measure.owner;
        values[measure_field("measure_due", row)] = measure.due ? format_date(*measure.due) : std::string();
        if (measure.done)
            values[measure_field("measure_done", row)] = "1";
    }
    state.measure_rows = std::min(risk.planned_measures.size() + 1, max_measure_rows);
    return state;
}

Result<domain::RiskDraft> draft_from_form(RequestContext& context, domain::RiskMethodology const& methodology)
{
    domain::RiskDraft draft;
    draft.title = context.field("title");
    draft.threat = context.field("threat");
    draft.vulnerability = context.field("vulnerability");
    draft.owner = context.field("owner");
    for (auto const& [name, value] : context.form()) {
        if (name != "systems")
            continue;
        auto const system = parse_integer(value).value_or(0);
        if (system < 1)
            return Error::invalid("choose systems from the list", {.field = "systems"});
        draft.systems.emplace_back(system);
    }
    draft.inherent_likelihood = TRY(score_field(context, "inherent_likelihood"));
    for (auto const& area : methodology.definition().areas) {
        if (auto const impact = TRY(optional_score(context, "impact." + area.code)))
            draft.inherent_impacts.push_back({area.code, *impact});
    }
    draft.existing_controls = TRY(controls_field(context));
    auto const treatment = domain::parse_treatment(context.field("treatment"));
    if (!treatment)
        return treatment.error().with_field("treatment");
    draft.treatment = *treatment;
    draft.planned_measures = TRY(measures_field(context));
    draft.residual_likelihood = TRY(optional_score(context, "residual_likelihood"));
    draft.residual_impact = TRY(optional_score(context, "residual_impact"));
    draft.review_due = TRY(optional_date(context, "review_due"));
    return draft;
}

Response page(RequestContext& context, Target const& target, domain::RiskMethodology const& methodology,
    std::vector<app::SystemView> const& systems, State const& state, Error const* error, bool stale)
{
    auto const& values = state.values;
    Json errors = Json::object();
    if (error && !stale)
        errors[form_field_of(*error)] = refusal_text(context, *error);
    Fields fields{context, values, errors};
    fields.add("text", "title", "risk_title");
    fields.add("textarea", "threat", "risk_threat");
    fields.add("textarea", "vulnerability", "risk_vulnerability");
    fields.add("text", "owner", "risk_owner");
    auto& system_field = fields.add("systems", "systems", "risk_systems");
    system_field["options"] = Json::array();
    for (auto const& view : systems) {
        auto const value = view.system.id.to_string();
        system_field["options"].push_back({{"value", value}, {"label", view.system.name}, {"id", "systems-" + value},
            {"checked", state.systems.contains(value)}});
    }
    system_field["has_options"] = !systems.empty();
    auto const likelihood_scale = scale_text(context, methodology.definition().likelihood);
    auto const impact_scale = scale_text(context, methodology.definition().impact);
    auto const likelihood_max = std::to_string(methodology.likelihood_steps());
    auto const impact_max = std::to_string(methodology.impact_steps());
    auto& likelihood = fields.add("number", "inherent_likelihood", "risk_likelihood");
    likelihood["description"] = likelihood_scale;
    likelihood["max"] = likelihood_max;
    auto& impacts = fields.add("impacts", "impact", "risk_impact_areas");
    impacts["description"] = impact_scale;
    impacts["areas"] = Json::array();
    for (auto const& area : methodology.definition().areas) {
        auto const name = "impact." + area.code;
        impacts["areas"].push_back(
            {{"name", name}, {"id", "impact-" + area.code}, {"label", label_of(context, area.label_nl, area.label_en)},
                {"value", values.value(name, "")}, {"error", fields.error_of(name)}, {"max", impact_max}});
    }
    fields.add("text", "existing_controls", "risk_controls")["description"] = context.text("risk_controls_hint");
    auto& treatment = fields.add("select", "treatment", "risk_treatment");
    treatment["options"] = select_options(context, "treatment_", values.value("treatment", "verminderen"), treatments);
    auto& measures = fields.add("measures", "measure", "risk_measures");
    measures["rows"] = Json::array();
    for (std::size_t row = 0; row < state.measure_rows; ++row) {
        Json cells = Json::array();
        for (auto const& [name, key, type] :
            std::array<std::array<char const*, 3>, 3>{{{"measure", "risk_measure", "text"},
                {"measure_owner", "risk_measure_owner", "text"}, {"measure_due", "risk_measure_due", "date"}}}) {
            auto const field = measure_field(name, row);
            cells.push_back({{"name", field}, {"label", context.text(key)}, {"type", type},
                {"value", values.value(field, "")}, {"error", fields.error_of(field)}});
        }
        auto const done = measure_field("measure_done", row);
        measures["rows"].push_back({{"number", std::to_string(row + 1)}, {"cells", cells}, {"done_name", done},
            {"done", values.contains(done)}, {"done_label", context.text("risk_measure_done")}});
    }
    auto& residual_likelihood = fields.add("number", "residual_likelihood", "risk_residual_likelihood");
    residual_likelihood["description"] = likelihood_scale;
    residual_likelihood["max"] = likelihood_max;
    auto& residual_impact = fields.add("number", "residual_impact", "risk_residual_impact");
    residual_impact["description"] = impact_scale;
    residual_impact["max"] = impact_max;
    fields.add("date", "review_due", "risk_review_due");

    bool const editing = target.risk.has_value();
    auto const organisation = target.organisation.to_string();
    auto const action = editing ? risks_path(target.organisation) + "/" + target.risk->to_string() + "/bewerken"
                                : risks_path(target.organisation);
    Page page{.template_name = "risk_form",
        .title_key = editing ? "risk_edit_title" : "risk_form_title",
        .data = {{"organisation_id", organisation}, {"action", action}, {"fields", fields.list}, {"editing", editing},
            {"version", std::to_string(target.version)},
            {"button", context.text(editing ? "risk_save_button" : "risk_register_button")}},
        .breadcrumbs = {{context.text("risks_title"), risks_path(target.organisation)}},
        .current_navigation = "risks"};
    if (editing) {
        page.breadcrumbs.push_back({target.heading, risks_path(target.organisation) + "/" + target.risk->to_string()});
        page.data["heading"] = target.heading;
        page.data["cancel"] = risks_path(target.organisation) + "/" + target.risk->to_string();
    }
    if (stale) {
        page.problem = context.text("risk_changed_by_someone_else");
        page.status = 409;
    } else if (error) {
        page.problem = context.text("form_has_errors") + " " + refusal_text(context, *error);
        page.status = status_for(error->kind());
    }
    return render_page(context, std::move(page));
}

} // namespace bolwerk::web::risk_form
