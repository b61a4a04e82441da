#include "domain/assessment/progress.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace bolwerk::domain::assessment {
namespace {

using catalog::CatalogItem;
using catalog::CatalogVersion;
using catalog::ItemKind;
using catalog::MeasureTag;
using catalog::Theme;
using R = AspectResult;
using S = MeasureStatus;

catalog::MeasureNumber number(std::string_view text) { return catalog::MeasureNumber::parse(text).value(); }
catalog::ControlNumber control(std::string_view text) { return catalog::ControlNumber::parse(text).value(); }
Date day(int y, unsigned m, unsigned d) { return Date{std::chrono::year{y} / m / d}; }

Date const today = day(2026, 11, 25);

CatalogItem item(std::string_view text, ItemKind kind = ItemKind::Substantive, std::vector<MeasureTag> tags = {})
{
    CatalogItem entry{
        .number = number(text), .kind = kind, .target = std::nullopt, .text = "", .tags = std::move(tags)};
    if (kind == ItemKind::Reference || kind == ItemKind::Moved)
        entry.target = number("5.01.01");
    return entry;
}

// A small catalog: 5.1 has a substantive and a reference entry, 5.2 has none, 6.1
// and 8.8 have substantive measures and 8.8 one withdrawn entry.
CatalogVersion small_catalog(bool tagged = false)
{
    auto const tags
        = [tagged](std::vector<MeasureTag> const& list) { return tagged ? list : std::vector<MeasureTag>{}; };
    std::vector<CatalogItem> items{item("5.01.01", ItemKind::Substantive, tags({MeasureTag::Basishygiene})),
        item("5.01.02", ItemKind::Reference), item("5.02.00", ItemKind::None),
        item("6.01.01", ItemKind::Substantive, tags({MeasureTag::Ketenhygiene})),
        item("8.08.01", ItemKind::Substantive, tags({MeasureTag::Basishygiene, MeasureTag::Overheidsrisico})),
        item("8.08.02", ItemKind::Withdrawn)};
    return CatalogVersion::create(catalog::VersionReference::parse("bio2@1.2").value(), "Test", std::move(items))
        .value();
}

MeasureAnswer answer(std::string_view text, S status, std::string owner = "", std::optional<Date> target = {})
{
    MeasureAnswer entry{.measure = number(text)};
    entry.status = status;
    entry.owner = std::move(owner);
    entry.target_date = target;
    return entry;
}

AspectAssessment assessed(R result) { return AspectAssessment{result, today, "A. Auditor", ""}; }

std::vector<std::string> gap_numbers(std::vector<GapItem> const& items)
{
    std::vector<std::string> numbers;
    numbers.reserve(items.size());
    for (auto const& entry : items)
        numbers.push_back(entry.measure.to_string());
    return numbers;
}

TEST(DashboardTest, CountsEveryMeasureOfTheCatalogPerThemeUnansweredAsNotStarted)
{
    Assessment assessment;
    assessment.measures = {answer("5.01.01", S::Implemented), answer("6.01.01", S::InProgress),
        answer("9.99.99", S::Implemented) /* unknown number: ignored */};
    auto const dashboard = build_dashboard(small_catalog(), assessment, today);

    ASSERT_EQ(dashboard.themes.size(), 4U);
    EXPECT_EQ(dashboard.themes[0].theme, Theme::Organisational);
    EXPECT_EQ(dashboard.themes[0].controls, 37);
    EXPECT_EQ(dashboard.themes[0].measures.count(S::Implemented), 1);
    EXPECT_EQ(dashboard.themes[0].measures.count(S::NotStarted), 1) << "the reference entry 5.01.02 counts";
    EXPECT_EQ(dashboard.themes[1].measures.count(S::InProgress), 1);
    EXPECT_EQ(dashboard.themes[2].measures.total(), 0);
    EXPECT_EQ(dashboard.themes[3].measures.count(S::NotStarted), 1) << "withdrawn 8.08.02 does not count";
    EXPECT_EQ(dashboard.measures.total(), 4);
    ASSERT_EQ(dashboard.controls.size(), 93U);
    EXPECT_EQ(dashboard.controls[0].control, control("5.1"));
    EXPECT_EQ(dashboard.controls[0].measures.total(), 2);
    EXPECT_EQ(dashboard.controls[1].measures.total(), 0);
}

TEST(DashboardTest, ExcludedControlsAreCountedAndTheirMeasuresAreExcludedNotImplementedNorGaps)
{
    Assessment assessment;
    assessment.controls = {ControlApplicability{
        .control = control("6.1"), .applicable = false, .reasons = {}, .justification = "Geen personeel"}};
    assessment.measures = {answer("6.01.01", S::Implemented)};
    auto const dashboard = build_dashboard(small_catalog(), assessment, today);

    EXPECT_EQ(dashboard.themes[1].controls, 8);
    EXPECT_EQ(dashboard.themes[1].applicable_controls, 7);
    auto const excluded = std::find_if(dashboard.controls.begin(), dashboard.controls.end(),
        [](ControlProgress const& progress) { return progress.control == control("6.1"); });
    ASSERT_NE(excluded, dashboard.controls.end());
    EXPECT_FALSE(excluded->applicable);
    EXPECT_TRUE(excluded->answered);
    EXPECT_FALSE(dashboard.controls[0].answered);
    EXPECT_TRUE(dashboard.controls[0].applicable) << "a control without an answer applies";
    // Issue #13 item 2 (measure_standing): "uitgesloten (n.v.t.)", never implemented, no gap.
    EXPECT_EQ(dashboard.themes[1].measures.count(S::Implemented), 0);
    EXPECT_EQ(dashboard.themes[1].measures.count(S::NotApplicable), 1);
    EXPECT_EQ(excluded->measures.count(S::NotApplicable), 1);
    EXPECT_EQ(dashboard.funnel.measures, 3) << "5.01.01, 5.01.02 and 8.08.01; not the excluded 6.01.01";
    EXPECT_TRUE(std::none_of(dashboard.gaps.begin(), dashboard.gaps.end(),
        [](GapItem const& entry) { return entry.measure == number("6.01.01"); }));
    auto const filtered = build_dashboard(small_catalog(), assessment, today, GapFilter{.status = S::Implemented});
    EXPECT_EQ(filtered.measures.total(), 0) << "the filter sees what is shown";
}

struct FunnelCase {
    S status;
    R design, existence, operation;
    Funnel expected;
};

class FunnelTest : public testing::TestWithParam<FunnelCase> { };

TEST_P(FunnelTest, CountsEachAspectOnlyAfterThePreviousOnePassed)
{
    auto const& c = GetParam();
    auto entry = answer("5.01.01", c.status);
    entry.aspect(Aspect::Design) = assessed(c.design);
    entry.aspect(Aspect::Existence) = assessed(c.existence);
    entry.aspect(Aspect::Operation) = assessed(c.operation);
    Assessment assessment;
    assessment.measures = {entry};
    GapFilter const only_this{.tag = {}, .owner = {}, .status = c.status};
    auto const funnel = build_dashboard(small_catalog(), assessment, today, only_this).funnel;
    EXPECT_EQ(funnel, c.expected);
}

INSTANTIATE_TEST_SUITE_P(Aspects, FunnelTest,
    testing::Values(FunnelCase{S::InProgress, R::NotAssessed, R::NotAssessed, R::NotAssessed, {1, 0, 0, 0}},
        FunnelCase{S::InProgress, R::Compliant, R::NotAssessed, R::NotAssessed, {1, 1, 0, 0}},
        FunnelCase{S::InProgress, R::PartiallyCompliant, R::Compliant, R::NotAssessed, {1, 1, 1, 0}},
        FunnelCase{S::Implemented, R::Compliant, R::PartiallyCompliant, R::Compliant, {1, 1, 1, 1}},
        FunnelCase{S::Implemented, R::Compliant, R::Compliant, R::NonCompliant, {1, 1, 1, 0}},
        FunnelCase{S::InProgress, R::NonCompliant, R::NotAssessed, R::NotAssessed, {1, 0, 0, 0}},
        // Stored before the order rule: bestaan without opzet does not count.
        FunnelCase{S::Implemented, R::NotAssessed, R::Compliant, R::Compliant, {1, 0, 0, 0}},
        // "Niet van toepassing" leaves the funnel altogether.
        FunnelCase{S::NotApplicable, R::Compliant, R::Compliant, R::Compliant, {0, 0, 0, 0}}));

TEST(DashboardTest, MaturityPerThemeHasADistributionOnTheScaleAndAnAverage)
{
    Assessment assessment;
    assessment.measures = {answer("5.01.01", S::Implemented), answer("5.01.02", S::InProgress),
        answer("8.08.01", S::NotApplicable), answer("6.01.01", S::InProgress)};
    assessment.measures[0].maturity = 4;
    assessment.measures[1].maturity = 1;
    assessment.measures[2].maturity = 5; // not applicable: not counted
    assessment.measures[3].maturity = 9; // off the scale: counted as unrated
    auto const dashboard = build_dashboard(small_catalog(), assessment, today);

    EXPECT_EQ(dashboard.maturity_highest, 5);
    auto const& organisational = dashboard.maturity[0];
    EXPECT_EQ(organisational.levels, (std::vector<std::int64_t>{0, 1, 0, 0, 1, 0}));
    EXPECT_EQ(organisational.rated, 2);
    ASSERT_TRUE(organisational.average);
    EXPECT_DOUBLE_EQ(*organisational.average, 2.5);
    EXPECT_EQ(dashboard.maturity[1].unrated, 1);
    EXPECT_FALSE(dashboard.maturity[1].average);
    EXPECT_EQ(dashboard.maturity[3].rated + dashboard.maturity[3].unrated, 0);
}

struct OverdueCase {
    S status;
    std::optional<Date> target;
    bool overdue;
};

class OverdueTest : public testing::TestWithParam<OverdueCase> { };

TEST_P(OverdueTest, OpenMeasuresPastTheirTargetDateAreOverdue)
{
    auto const& c = GetParam();
    EXPECT_EQ(is_overdue(answer("5.01.01", c.status, "", c.target), today), c.overdue);
}

INSTANTIATE_TEST_SUITE_P(Dates, OverdueTest,
    testing::Values(OverdueCase{S::NotStarted, day(2026, 11, 24), true},
        OverdueCase{S::InProgress, day(2026, 1, 1), true}, OverdueCase{S::InProgress, today, false},
        OverdueCase{S::NotStarted, day(2027, 1, 1), false}, OverdueCase{S::NotStarted, std::nullopt, false},
        OverdueCase{S::Implemented, day(2026, 1, 1), false}, OverdueCase{S::NotApplicable, day(2026, 1, 1), false}));

TEST(GapOrderTest, MandatoryFirstThenNotStartedThenOverdueThenTargetDateThenNumber)
{
    auto const gap = [](std::string_view text, bool mandatory, S status, bool overdue, std::optional<Date> target) {
        GapItem entry{.measure = number(text), .control = number(text).control().value()};
        entry.mandatory = mandatory;
        entry.status = status;
        entry.overdue = overdue;
        entry.target_date = target;
        return entry;
    };
    std::vector<GapItem> const expected_order{
        gap("8.08.01", true, S::NotStarted, true, day(2026, 1, 1)),
        gap("5.01.01", true, S::NotStarted, true, day(2026, 6, 1)),
        gap("5.01.02", true, S::NotStarted, false, day(2027, 1, 1)),
        gap("5.02.01", true, S::NotStarted, false, std::nullopt),
        gap("6.01.01", true, S::NotStarted, false, std::nullopt),
        gap("5.03.01", true, S::InProgress, true, day(2026, 2, 1)),
        gap("5.03.02", true, S::InProgress, false, std::nullopt),
        gap("5.04.01", false, S::NotStarted, true, day(2026, 2, 1)),
        gap("5.04.02", false, S::InProgress, false, std::nullopt),
    };
    auto shuffled = expected_order;
    std::reverse(shuffled.begin(), shuffled.end());
    std::rotate(shuffled.begin(), shuffled.begin() + 4, shuffled.end());
    std::sort(shuffled.begin(), shuffled.end(), gap_order);
    EXPECT_EQ(gap_numbers(shuffled), gap_numbers(expected_order));
}

TEST(DashboardTest, TheGapListHoldsOpenMeasuresSortedForActionAndTheOverdueOnes)
{
    Assessment assessment;
    assessment.measures
        = {answer("5.01.01", S::InProgress, "", day(2026, 3, 1)), answer("5.01.02", S::NotStarted, "", day(2026, 3, 1)),
            answer("6.01.01", S::Implemented), answer("8.08.01", S::NotStarted, "", day(2027, 3, 1))};
    auto const dashboard = build_dashboard(small_catalog(), assessment, today);

    // 5.01.02 is a reference entry: not mandatory, so it comes last although overdue.
    EXPECT_EQ(gap_numbers(dashboard.gaps), (std::vector<std::string>{"8.08.01", "5.01.01", "5.01.02"}));
    EXPECT_EQ(gap_numbers(dashboard.overdue), (std::vector<std::string>{"5.01.01", "5.01.02"}));
    EXPECT_TRUE(dashboard.gaps[0].mandatory);
    EXPECT_FALSE(dashboard.gaps[2].mandatory);
}

struct FilterCase {
    GapFilter filter;
    std::vector<std::string> gaps;
    std::int64_t counted;
};

class FilterTest : public testing::TestWithParam<FilterCase> { };

TEST_P(FilterTest, FiltersRestrictEveryFigure)
{
    auto const& c = GetParam();
    Assessment assessment;
    assessment.measures = {answer("5.01.01", S::InProgress, "Team ICT"), answer("5.01.02", S::NotStarted, ""),
        answer("6.01.01", S::Implemented, "HR"), answer("8.08.01", S::NotStarted, " Team ICT ")};
    auto const dashboard = build_dashboard(small_catalog(true), assessment, today, c.filter);
    EXPECT_EQ(gap_numbers(dashboard.gaps), c.gaps);
    EXPECT_EQ(dashboard.measures.total(), c.counted);
    EXPECT_EQ(dashboard.owners, (std::vector<std::string>{"HR", "Team ICT"})) << "owners are never filtered";
    EXPECT_TRUE(dashboard.has_tags);
}

GapFilter filter(std::optional<MeasureTag> tag, char const* owner, std::optional<S> status)
{
    GapFilter result;
    result.tag = tag;
    if (owner != nullptr)
        result.owner = owner;
    result.status = status;
    return result;
}

// Built in a function rather than inline in testing::Values: GCC 12 reports a false
// "maybe uninitialized" for optional<string> members of temporaries there.
std::vector<FilterCase> filter_cases()
{
    auto const none = std::nullopt;
    return {
        {filter(none, nullptr, none), {"8.08.01", "5.01.01", "5.01.02"}, 4},
        {filter(MeasureTag::Basishygiene, nullptr, none), {"8.08.01", "5.01.01"}, 2},
        {filter(MeasureTag::Ketenhygiene, nullptr, none), {}, 1},
        {filter(none, "Team ICT", none), {"8.08.01", "5.01.01"}, 2},
        {filter(none, "", none), {"5.01.02"}, 1},
        {filter(none, nullptr, S::InProgress), {"5.01.01"}, 1},
        {filter(MeasureTag::Overheidsrisico, "Team ICT", S::NotStarted), {"8.08.01"}, 1},
        {filter(none, "Niemand", none), {}, 0},
    };
}

INSTANTIATE_TEST_SUITE_P(Filters, FilterTest, testing::ValuesIn(filter_cases()));

TEST(DashboardTest, ACatalogWithoutTagsSaysSo) { EXPECT_FALSE(build_dashboard(small_catalog(), {}, today).has_tags); }

TEST(TrendTest, OneSeriesPointPerDatedAssessmentInDateOrder)
{
    Assessment q3;
    q3.measures = {answer("5.01.01", S::InProgress)};
    Assessment q4;
    q4.measures = {answer("5.01.01", S::Implemented), answer("6.01.01", S::InProgress)};
    q4.measures[0].aspect(Aspect::Design) = assessed(R::Compliant);
    auto const trend = build_trend(small_catalog(),
        {DatedAssessment{day(2026, 12, 31), "Q4 2026", &q4}, DatedAssessment{day(2026, 9, 30), "Q3 2026", &q3},
            DatedAssessment{day(2026, 10, 1), "lost", nullptr}});

    ASSERT_EQ(trend.size(), 2U);
    EXPECT_EQ(trend[0].label, "Q3 2026");
    EXPECT_EQ(trend[0].measures.count(S::InProgress), 1);
    EXPECT_EQ(trend[0].measures.count(S::NotStarted), 3);
    EXPECT_EQ(trend[1].label, "Q4 2026");
    EXPECT_EQ(trend[1].measures.count(S::Implemented), 1);
    EXPECT_EQ(trend[1].measures.count(S::InProgress), 1);
    EXPECT_EQ(trend[1].funnel.design, 1);
}

} // namespace
} // namespace bolwerk::domain::assessment
