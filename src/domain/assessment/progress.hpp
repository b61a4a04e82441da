#pragma once

#include "common/clock.hpp"
#include "domain/assessment/assessment.hpp"
#include "domain/catalog/catalog.hpp"
#include "domain/catalog/control_number.hpp"
#include "domain/catalog/measure_number.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The figures of the gap-analysis dashboard (issue #5, "Dashboards"): progress per
// theme and per control, the opzet → bestaan → werking funnel, maturity per theme,
// overdue measures, the trend across snapshots and the gap list sorted for action.
// Pure functions over a catalog version, an assessment and "today"; the report layer
// draws them and the web layer shows them. Nothing here reads the clock.
//
// Which measures count: every entry of the catalog version that an organisation
// answers (catalog::is_measure: substantive and reference entries). An entry without
// an answer counts as "niet gestart"; answers for numbers the catalog version does not
// know (left over from an older version) are ignored.
namespace bolwerk::domain::assessment {

/// How many measures have each status. Indexed by MeasureStatus.
struct StatusCounts {
    std::array<std::int64_t, 4> counts{};

    std::int64_t count(MeasureStatus status) const { return counts[static_cast<std::size_t>(status)]; }
    void add(MeasureStatus status) { ++counts[static_cast<std::size_t>(status)]; }
    std::int64_t total() const { return counts[0] + counts[1] + counts[2] + counts[3]; }
    friend bool operator==(StatusCounts const&, StatusCounts const&) = default;
};

/// Progress of one ISO 27002 control: whether it applies and the status of its measures.
struct ControlProgress {
    catalog::ControlNumber control;
    bool applicable = true; ///< A control without an answer applies (the BIO2 default).
    bool answered = false; ///< The organisation has decided on its applicability.
    StatusCounts measures;
};

/// Progress of one theme (chapter 5–8 of ISO 27002).
struct ThemeProgress {
    catalog::Theme theme = catalog::Theme::Organisational;
    std::int64_t controls = 0;
    std::int64_t applicable_controls = 0;
    StatusCounts measures;
};

/// The opzet → bestaan → werking funnel: of the measures counted (those not declared
/// "niet van toepassing"), how many have each aspect assessed as "voldoet" or
/// "voldoet deels". Because bestaan needs opzet and werking needs bestaan
/// (check_measure_answer), each step is at most the one before.
struct Funnel {
    std::int64_t measures = 0;
    std::int64_t design = 0; ///< opzet
    std::int64_t existence = 0; ///< bestaan
    std::int64_t operation = 0; ///< werking

    std::int64_t at(Aspect aspect) const;
    friend bool operator==(Funnel const&, Funnel const&) = default;
};

/// Maturity of the measures of one theme on the organisation's scale.
struct ThemeMaturity {
    catalog::Theme theme = catalog::Theme::Organisational;
    std::vector<std::int64_t> levels; ///< levels[i]: measures at level i; one entry per level of the scale.
    std::int64_t rated = 0; ///< Measures with a maturity.
    std::int64_t unrated = 0; ///< Measures counted without a maturity.
    std::optional<double> average; ///< Over the rated measures; empty when none is rated.
};

/// One measure that still needs work: the row of the gap list.
struct GapItem {
    catalog::MeasureNumber measure;
    catalog::ControlNumber control;
    /// A substantive overheidsmaatregel of an applicable control: the BIO2 minimum,
    /// which cannot be risk-accepted (BIO2 Deel 1).
    bool mandatory = false;
    MeasureStatus status = MeasureStatus::NotStarted;
    std::string owner;
    std::optional<Date> target_date;
    std::optional<int> maturity;
    bool overdue = false;
    bool needs_review = false;
    std::vector<catalog::MeasureTag> tags;
};

/// Restricts the dashboard to some measures. Empty fields do not filter.
struct GapFilter {
    std::optional<catalog::MeasureTag> tag; ///< Only for catalog versions with tags (BIO2 v1.2).
    std::optional<std::string> owner; ///< Exact match after trimming; "" selects measures without owner.
    std::optional<MeasureStatus> status;

    bool empty() const { return !tag && !owner && !status; }
};

/// Everything the dashboard page shows, for one catalog version, assessment, day and filter.
struct Dashboard {
    std::vector<ThemeProgress> themes; ///< Chapter order, always four.
    std::vector<ControlProgress> controls; ///< The 93 controls in order.
    StatusCounts measures; ///< All counted measures.
    Funnel funnel;
    std::vector<ThemeMaturity> maturity; ///< Chapter order, always four.
    int maturity_highest = 0; ///< The highest level of the scale used.
    std::vector<GapItem> overdue; ///< Sorted like the gap list.
    std::vector<GapItem> gaps; ///< Sorted for action (gap_order).
    std::vector<std::string> owners; ///< Every owner named in the (unfiltered) assessment, sorted.
    bool has_tags = false; ///< The catalog version tags its measures; the tag filter applies.
};

/// Whether a is acted on before b in the gap list: mandatory measures first, then
/// "niet gestart" before "in uitvoering", then overdue ones, then by target date
/// (earliest first, none last), then by number.
bool gap_order(GapItem const& a, GapItem const& b);

/// Whether a measure counts as overdue on `today`: its target date has passed and it is
/// neither implemented nor declared not applicable.
bool is_overdue(MeasureAnswer const& answer, Date today);

/// Whether any item of the catalog version carries a tag.
bool has_tags(catalog::CatalogVersion const& catalog);

Dashboard build_dashboard(
    catalog::CatalogVersion const& catalog, Assessment const& assessment, Date today, GapFilter const& filter = {});

/// One point of the trend: an assessment as it stood on a day (a snapshot, or today).
struct DatedAssessment {
    Date date;
    std::string label; ///< "Q4 2026"
    Assessment const* assessment = nullptr; ///< Not owned; must outlive the call.
};

struct TrendPoint {
    Date date;
    std::string label;
    StatusCounts measures;
    Funnel funnel;
};

/// The status counts and funnel of each dated assessment, in date order, all counted
/// against the one catalog version given (snapshots of an older version count the
/// numbers that still exist, so the series stay comparable).
std::vector<TrendPoint> build_trend(catalog::CatalogVersion const& catalog, std::vector<DatedAssessment> const& points);

} // namespace bolwerk::domain::assessment
