#include "domain/assessment/progress.hpp"

#include "common/text.hpp"
#include "domain/assessment/excluded_control.hpp"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>

namespace bolwerk::domain::assessment {

namespace {

using catalog::CatalogItem;
using catalog::CatalogVersion;
using catalog::ControlNumber;
using catalog::MeasureNumber;
using catalog::Theme;

std::size_t theme_index(Theme theme)
{
    return static_cast<std::size_t>(theme) - static_cast<std::size_t>(Theme::Organisational);
}

bool passes(AspectAssessment const& assessment)
{
    return assessment.result == AspectResult::Compliant || assessment.result == AspectResult::PartiallyCompliant;
}

// One measure of the catalog with its answer (or the default answer when there is none).
struct CountedMeasure {
    CatalogItem const* item = nullptr;
    ControlNumber control;
    MeasureAnswer const* answer = nullptr; ///< nullptr: never answered.
    /// What is shown and counted: "uitgesloten (n.v.t.)" under an excluded control
    /// (measure_standing, issue #13 item 2).
    MeasureStanding standing;
};

class AnswerIndex {
public:
    explicit AnswerIndex(Assessment const& assessment)
    {
        m_answers.reserve(assessment.measures.size());
        for (auto const& answer : assessment.measures)
            m_answers.emplace(answer.measure, &answer);
        for (auto const& control : assessment.controls)
            m_controls[control_key(control.control)] = &control;
    }

    MeasureAnswer const* find(MeasureNumber number) const
    {
        auto const found = m_answers.find(number);
        return found == m_answers.end() ? nullptr : found->second;
    }
    ControlApplicability const* find(ControlNumber control) const { return m_controls[control_key(control)]; }

private:
    static std::size_t control_key(ControlNumber control)
    {
        return static_cast<std::size_t>(control.theme()) * 100 + control.number();
    }

    std::unordered_map<MeasureNumber, MeasureAnswer const*> m_answers;
    std::array<ControlApplicability const*, 900> m_controls{};
};

// The measures of the catalog an organisation answers, in number order. Entries whose
// control does not exist in ISO 27002:2022 cannot be placed in a theme and are skipped
// (CatalogVersion::create reports them at import).
std::vector<CountedMeasure> counted_measures(CatalogVersion const& catalog, AnswerIndex const& index)
{
    std::vector<CountedMeasure> measures;
    measures.reserve(catalog.items().size());
    for (auto const& item : catalog.items()) {
        if (!catalog::is_measure(item.kind))
            continue;
        auto const control = item.number.control();
        if (!control)
            continue;
        auto const* answer = index.find(item.number);
        auto const stored = answer != nullptr ? answer->status : MeasureStatus::NotStarted;
        measures.push_back({&item, *control, answer, measure_standing(stored, index.find(*control))});
    }
    return measures;
}

MeasureAnswer const& answer_or_default(CountedMeasure const& measure)
{
    // The defaults of an answer (niet gestart, nothing assessed); the number is never read.
    static MeasureAnswer const unanswered{.measure = MeasureNumber::from_parts(5, 1, 0)};
    return measure.answer != nullptr ? *measure.answer : unanswered;
}

bool matches(GapFilter const& filter, CountedMeasure const& measure)
{
    auto const& answer = answer_or_default(measure);
    if (filter.status && measure.standing.status != *filter.status)
        return false;
    if (filter.owner && trim(answer.owner) != trim(*filter.owner))
        return false;
    if (filter.tag
        && std::find(measure.item->tags.begin(), measure.item->tags.end(), *filter.tag) == measure.item->tags.end())
        return false;
    return true;
}

void add_to_funnel(Funnel& funnel, CountedMeasure const& measure)
{
    if (measure.standing.status == MeasureStatus::NotApplicable)
        return;
    auto const& answer = answer_or_default(measure);
    ++funnel.measures;
    // Counted cumulatively, so the funnel narrows even for answers stored before the
    // order rule existed: bestaan counts only after opzet, werking only after bestaan.
    if (!passes(answer.aspect(Aspect::Design)))
        return;
    ++funnel.design;
    if (!passes(answer.aspect(Aspect::Existence)))
        return;
    ++funnel.existence;
    if (passes(answer.aspect(Aspect::Operation)))
        ++funnel.operation;
}

void add_maturity(ThemeMaturity& maturity, CountedMeasure const& measure)
{
    if (measure.standing.status == MeasureStatus::NotApplicable)
        return;
    auto const& answer = answer_or_default(measure);
    auto const level = answer.maturity;
    if (!level || *level < 0 || static_cast<std::size_t>(*level) >= maturity.levels.size()) {
        ++maturity.unrated;
        return;
    }
    ++maturity.levels[static_cast<std::size_t>(*level)];
    ++maturity.rated;
}

void finish_maturity(ThemeMaturity& maturity)
{
    if (maturity.rated == 0)
        return;
    double sum = 0;
    for (std::size_t level = 0; level < maturity.levels.size(); ++level)
        sum += static_cast<double>(level) * static_cast<double>(maturity.levels[level]);
    maturity.average = sum / static_cast<double>(maturity.rated);
}

GapItem gap_item(CountedMeasure const& measure, bool control_applicable, Date today)
{
    auto const& answer = answer_or_default(measure);
    GapItem item{.measure = measure.item->number, .control = measure.control};
    // BIO2 Deel 1: a substantive overheidsmaatregel is the minimum for an applicable
    // control; it can only be declared not applicable, never risk-accepted.
    item.mandatory = control_applicable && measure.item->kind == catalog::ItemKind::Substantive;
    item.status = measure.standing.status;
    item.owner = answer.owner;
    item.target_date = answer.target_date;
    item.maturity = answer.maturity;
    item.overdue = is_overdue(answer, today);
    item.needs_review = answer.needs_review;
    item.tags = measure.item->tags;
    return item;
}

bool is_open(MeasureStatus status)
{
    return status == MeasureStatus::NotStarted || status == MeasureStatus::InProgress;
}

std::vector<ThemeProgress> empty_themes()
{
    std::vector<ThemeProgress> themes;
    for (auto const theme : catalog::all_themes())
        themes.push_back({.theme = theme});
    return themes;
}

void count_controls(Dashboard& dashboard, AnswerIndex const& index)
{
    dashboard.controls.reserve(ControlNumber::all().size());
    for (auto const control : ControlNumber::all()) {
        auto const* applicability = index.find(control);
        ControlProgress progress{.control = control};
        progress.answered = applicability != nullptr;
        progress.applicable = applicability == nullptr || applicability->applicable;
        dashboard.controls.push_back(progress);
        auto& theme = dashboard.themes[theme_index(control.theme())];
        ++theme.controls;
        if (progress.applicable)
            ++theme.applicable_controls;
    }
}

ControlProgress& control_progress(Dashboard& dashboard, ControlNumber control)
{
    // ControlNumber::all() is sorted and dashboard.controls follows it.
    auto const found = std::lower_bound(dashboard.controls.begin(), dashboard.controls.end(), control,
        [](ControlProgress const& progress, ControlNumber number) { return progress.control < number; });
    return *found;
}

std::vector<std::string> owners_of(Assessment const& assessment)
{
    std::set<std::string> owners;
    for (auto const& answer : assessment.measures) {
        auto const owner = trim(answer.owner);
        if (!owner.empty())
            owners.emplace(owner);
    }
    return {owners.begin(), owners.end()};
}

} // namespace

std::int64_t Funnel::at(Aspect aspect) const
{
    switch (aspect) {
    case Aspect::Design: return design;
    case Aspect::Existence: return existence;
    case Aspect::Operation: return operation;
    }
    return 0;
}

bool gap_order(GapItem const& a, GapItem const& b)
{
    auto const key = [](GapItem const& item) {
        // Dates are compared as day counts; a missing target date sorts after every date.
        auto const date = item.target_date ? item.target_date->time_since_epoch().count() : INT64_MAX;
        return std::make_tuple(!item.mandatory, item.status != MeasureStatus::NotStarted, !item.overdue,
            static_cast<std::int64_t>(date), item.measure);
    };
    return key(a) < key(b);
}

bool is_overdue(MeasureAnswer const& answer, Date today)
{
    return is_open(answer.status) && answer.target_date && *answer.target_date < today;
}

bool has_tags(CatalogVersion const& catalog)
{
    return std::any_of(
        catalog.items().begin(), catalog.items().end(), [](CatalogItem const& item) { return !item.tags.empty(); });
}

Dashboard build_dashboard(
    CatalogVersion const& catalog, Assessment const& assessment, Date today, GapFilter const& filter)
{
    AnswerIndex const index(assessment);
    Dashboard dashboard;
    dashboard.themes = empty_themes();
    dashboard.has_tags = has_tags(catalog);
    dashboard.owners = owners_of(assessment);
    dashboard.maturity_highest = std::max(assessment.maturity_scale.highest(), 0);
    for (auto const theme : catalog::all_themes()) {
        ThemeMaturity maturity{.theme = theme};
        maturity.levels.assign(static_cast<std::size_t>(dashboard.maturity_highest) + 1, 0);
        dashboard.maturity.push_back(std::move(maturity));
    }
    count_controls(dashboard, index);

    for (auto const& measure : counted_measures(catalog, index)) {
        if (!matches(filter, measure))
            continue;
        auto const status = measure.standing.status;
        auto const slot = theme_index(measure.control.theme());
        dashboard.themes[slot].measures.add(status);
        dashboard.measures.add(status);
        auto& control = control_progress(dashboard, measure.control);
        control.measures.add(status);
        add_to_funnel(dashboard.funnel, measure);
        add_maturity(dashboard.maturity[slot], measure);
        if (!is_open(status))
            continue;
        auto item = gap_item(measure, control.applicable, today);
        if (item.overdue)
            dashboard.overdue.push_back(item);
        dashboard.gaps.push_back(std::move(item));
    }
    for (auto& maturity : dashboard.maturity)
        finish_maturity(maturity);
    std::sort(dashboard.gaps.begin(), dashboard.gaps.end(), gap_order);
    std::sort(dashboard.overdue.begin(), dashboard.overdue.end(), gap_order);
    return dashboard;
}

std::vector<TrendPoint> build_trend(CatalogVersion const& catalog, std::vector<DatedAssessment> const& points)
{
    std::vector<TrendPoint> trend;
    trend.reserve(points.size());
    for (auto const& point : points) {
        if (point.assessment == nullptr)
            continue;
        AnswerIndex const index(*point.assessment);
        TrendPoint entry{.date = point.date, .label = point.label, .measures = {}, .funnel = {}};
        for (auto const& measure : counted_measures(catalog, index)) {
            entry.measures.add(measure.standing.status);
            add_to_funnel(entry.funnel, measure);
        }
        trend.push_back(std::move(entry));
    }
    std::stable_sort(
        trend.begin(), trend.end(), [](TrendPoint const& a, TrendPoint const& b) { return a.date < b.date; });
    return trend;
}

} // namespace bolwerk::domain::assessment
