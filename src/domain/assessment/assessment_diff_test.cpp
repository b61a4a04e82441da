#include "domain/assessment/assessment_diff.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::assessment {
namespace {

catalog::MeasureNumber measure(std::string_view text) { return catalog::MeasureNumber::parse(text).value(); }
catalog::ControlNumber control(std::string_view text) { return catalog::ControlNumber::parse(text).value(); }

Assessment base()
{
    Assessment assessment{.catalog = {"bio2", "1.3"}};
    assessment.controls.push_back({.control = control("5.1"), .reasons = {InclusionReason::Bio2Mandatory}});
    assessment.controls.push_back({.control = control("5.10"), .reasons = {InclusionReason::Bio2Mandatory}});
    MeasureAnswer answer{.measure = measure("5.01.01"), .status = MeasureStatus::InProgress, .owner = "CISO"};
    assessment.measures.push_back(answer);
    answer.measure = measure("5.15.01");
    assessment.measures.push_back(answer);
    return assessment;
}

TEST(AssessmentDiff, EqualStatesHaveNoDifferences)
{
    auto const diff = diff_assessments(base(), base());
    EXPECT_TRUE(diff.empty());
}

TEST(AssessmentDiff, VersionsAreNotDifferences)
{
    auto later = base();
    later.measures[0].version = 7;
    later.controls[0].version = 3;
    EXPECT_TRUE(diff_assessments(base(), later).empty());
}

TEST(AssessmentDiff, ListsChangedFieldsWithBothValues)
{
    auto later = base();
    later.measures[0].status = MeasureStatus::Implemented;
    later.measures[0].maturity = 3;
    later.measures[0].aspect(Aspect::Design)
        = {AspectResult::Compliant, Date{std::chrono::year{2026} / 9 / 1}, "Auditor", ""};
    later.controls[1].applicable = false;
    later.controls[1].reasons.clear();
    later.controls[1].justification = "Geen ontwikkeling in eigen beheer";

    auto const diff = diff_assessments(base(), later);
    ASSERT_EQ(diff.measures.size(), 1U);
    EXPECT_EQ(diff.measures[0].measure, measure("5.01.01"));
    EXPECT_EQ(diff.measures[0].kind, ChangeKind::Changed);
    std::vector<FieldChange> const expected{{"status", "in_progress", "implemented"}, {"maturity", "", "3"},
        {"opzet", "not_assessed", "compliant"}, {"opzet.date", "", "2026-09-01"}, {"opzet.assessor", "", "Auditor"}};
    EXPECT_EQ(diff.measures[0].fields, expected);

    ASSERT_EQ(diff.controls.size(), 1U);
    EXPECT_EQ(diff.controls[0].control, control("5.10"));
    std::vector<FieldChange> const control_fields{{"applicable", "true", "false"}, {"reasons", "bio2_mandatory", ""},
        {"justification", "", "Geen ontwikkeling in eigen beheer"}};
    EXPECT_EQ(diff.controls[0].fields, control_fields);
}

TEST(AssessmentDiff, AddedAndRemovedEntriesListTheirSetValues)
{
    auto later = base();
    later.measures.erase(later.measures.begin());
    later.measures.push_back({.measure = measure("8.16.01"), .status = MeasureStatus::NotStarted});
    later.catalog = {"bio2", "1.4"};

    auto const diff = diff_assessments(base(), later);
    EXPECT_EQ(diff.from_catalog.version, "1.3");
    EXPECT_EQ(diff.to_catalog.version, "1.4");
    ASSERT_EQ(diff.measures.size(), 2U);
    EXPECT_EQ(diff.measures[0].measure, measure("5.01.01"));
    EXPECT_EQ(diff.measures[0].kind, ChangeKind::Removed);
    std::vector<FieldChange> const removed{{"status", "in_progress", ""}, {"owner", "CISO", ""}};
    EXPECT_EQ(diff.measures[0].fields, removed);
    EXPECT_EQ(diff.measures[1].measure, measure("8.16.01"));
    EXPECT_EQ(diff.measures[1].kind, ChangeKind::Added);
    std::vector<FieldChange> const added{{"status", "", "not_started"}};
    EXPECT_EQ(diff.measures[1].fields, added);
}

TEST(AssessmentDiff, ControlsAreInNumberOrder)
{
    auto later = base();
    for (auto& entry : later.controls)
        entry.reasons.push_back(InclusionReason::OwnChoice);
    auto const diff = diff_assessments(base(), later);
    ASSERT_EQ(diff.controls.size(), 2U);
    EXPECT_EQ(diff.controls[0].control, control("5.1"));
    EXPECT_EQ(diff.controls[1].control, control("5.10"));
}

TEST(AssessmentDiff, ScaleChange)
{
    auto later = base();
    later.maturity_scale.labels = {"Nee", "Ja"};
    auto const diff = diff_assessments(base(), later);
    ASSERT_EQ(diff.scale.size(), 1U);
    EXPECT_EQ(diff.scale[0].after, "0 Nee | 1 Ja");
}

} // namespace
} // namespace bolwerk::domain::assessment
