#include "domain/vvt/statement.hpp"

#include "domain/vvt/statement_canonical.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::vvt {
namespace {

using assessment::MeasureStatus;
using catalog::ItemKind;

catalog::MeasureNumber measure(std::string_view text) { return catalog::MeasureNumber::parse(text).value(); }
catalog::ControlNumber control(std::string_view text) { return catalog::ControlNumber::parse(text).value(); }

// 5.1 has two measures, 5.2 none, 5.3 a reference; 8.1 one measure.
catalog::CatalogVersion small_catalog()
{
    std::vector<catalog::CatalogItem> items{{measure("5.01.01"), ItemKind::Substantive, {}, "a", {}},
        {measure("5.01.02"), ItemKind::Substantive, {}, "b", {}}, {measure("5.02.01"), ItemKind::None, {}, "", {}},
        {measure("5.03.01"), ItemKind::Reference, measure("5.01.01"), "", {}},
        {measure("8.01.01"), ItemKind::Substantive, {}, "c", {}}};
    return catalog::CatalogVersion::create({"bio2", "1.3"}, "BIO2 v1.3", std::move(items)).value();
}

std::vector<catalog::ControlInfo> labels()
{
    return {{control("5.1"), catalog::Theme::Organisational, "Beleid", "Policies"}};
}

IsmsScope scope() { return IsmsScope{.processes = {{"Burgerzaken", ""}}}; }

StatementMetadata metadata()
{
    return StatementMetadata{.organisation_name = "Gemeente Voorbeeld",
        .version_number = 2,
        .generated_at = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 11 / 25}}};
}

assessment::Assessment empty_assessment() { return assessment::Assessment{.catalog = {"bio2", "1.3"}}; }

assessment::MeasureAnswer answer(std::string_view number, MeasureStatus status)
{
    return assessment::MeasureAnswer{.measure = measure(number), .status = status};
}

StatementOfApplicability build(assessment::Assessment const& assessment)
{
    return build_statement(small_catalog(), labels(), assessment, scope(), metadata()).value();
}

TEST(BuildStatement, HasEveryControlAndEveryMeasureOfTheCatalog)
{
    auto const statement = build(empty_assessment());
    ASSERT_EQ(statement.controls.size(), 93U);
    EXPECT_EQ(statement.controls.front().control, control("5.1"));
    EXPECT_EQ(statement.controls.front().label_nl, "Beleid");
    EXPECT_EQ(statement.controls.back().control, control("8.34"));
    EXPECT_TRUE(statement.controls.back().label_nl.empty());
    // "Geen overheidsmaatregel" entries are not measures; references are.
    ASSERT_EQ(statement.measures.size(), 4U);
    EXPECT_EQ(statement.measures[2].measure, measure("5.03.01"));
    EXPECT_EQ(statement.measures[2].kind, ItemKind::Reference);
    EXPECT_FALSE(statement.measures[0].answered);
    EXPECT_EQ(statement.header.catalog.to_string(), "bio2@1.3");
    EXPECT_EQ(statement.header.catalog_title, "BIO2 v1.3");
    EXPECT_EQ(statement.header.metadata, metadata());
    EXPECT_TRUE(statement.exceptions.empty());
}

TEST(BuildStatement, RefusesAnAssessmentOfAnotherCatalogVersion)
{
    auto other = empty_assessment();
    other.catalog = {"bio2", "1.2"};
    auto const built = build_statement(small_catalog(), labels(), other, scope(), metadata());
    ASSERT_FALSE(built);
    EXPECT_EQ(built.error().kind(), ErrorKind::Invalid);
    EXPECT_NE(built.error().message().find("bio2@1.2"), std::string::npos);
}

struct ImplementationCase {
    char const* name;
    bool applicable;
    std::vector<MeasureStatus> statuses; ///< Of 5.01.01 and 5.01.02; fewer means unanswered.
    ControlImplementation expected;
    MeasureCounts counts;
};

class ControlImplementationTest : public testing::TestWithParam<ImplementationCase> { };

TEST_P(ControlImplementationTest, FollowsTheStatusesOfItsMeasures)
{
    auto const& c = GetParam();
    auto assessment = empty_assessment();
    std::array const numbers{"5.01.01", "5.01.02"};
    for (std::size_t i = 0; i < c.statuses.size(); ++i)
        assessment.measures.push_back(answer(numbers[i], c.statuses[i]));
    if (!c.applicable)
        assessment.controls.push_back({.control = control("5.1"), .applicable = false, .justification = "geen"});
    auto const row = build(assessment).controls.front();
    EXPECT_EQ(row.implementation, c.expected) << to_string(row.implementation);
    EXPECT_EQ(row.measures, c.counts);
}

using S = MeasureStatus;
using I = ControlImplementation;
INSTANTIATE_TEST_SUITE_P(Rules, ControlImplementationTest,
    testing::Values(ImplementationCase{"Unanswered", true, {}, I::NotImplemented, {2, 2, 0, 0, 0}},
        ImplementationCase{"BothImplemented", true, {S::Implemented, S::Implemented}, I::Implemented, {2, 0, 0, 2, 0}},
        ImplementationCase{"OneImplemented", true, {S::Implemented}, I::PartiallyImplemented, {2, 1, 0, 1, 0}},
        ImplementationCase{
            "OneInProgress", true, {S::NotStarted, S::InProgress}, I::PartiallyImplemented, {2, 1, 1, 0, 0}},
        ImplementationCase{
            "ImplementedAndNotApplicable", true, {S::Implemented, S::NotApplicable}, I::Implemented, {2, 0, 0, 1, 1}},
        ImplementationCase{
            "AllNotApplicable", true, {S::NotApplicable, S::NotApplicable}, I::NoMeasures, {2, 0, 0, 0, 2}},
        // Issue #13 item 2: an excluded control's measures are not applicable, never implemented.
        ImplementationCase{"Excluded", false, {S::Implemented, S::Implemented}, I::Excluded, {2, 0, 0, 0, 2}},
        ImplementationCase{"ExcludedUnanswered", false, {}, I::Excluded, {2, 0, 0, 0, 2}}),
    [](auto const& test) { return std::string(test.param.name); });

// Issue #13 item 2: the measures of an excluded control show "niet van toepassing" in
// the statement and are no deviations of their own (the control's exclusion covers them).
TEST(BuildStatement, MeasuresOfAnExcludedControlAreNotApplicableWithoutExceptionsOfTheirOwn)
{
    auto assessment = empty_assessment();
    assessment.measures.push_back(answer("5.01.01", MeasureStatus::Implemented));
    assessment.measures.push_back(answer("5.01.02", MeasureStatus::NotApplicable));
    assessment.controls.push_back({.control = control("5.1"), .applicable = false, .justification = "geen"});
    auto const statement = build(assessment);
    ASSERT_GE(statement.measures.size(), 2U);
    EXPECT_EQ(statement.measures[0].status, MeasureStatus::NotApplicable) << "not geïmplementeerd";
    EXPECT_EQ(statement.measures[1].status, MeasureStatus::NotApplicable);
    ASSERT_EQ(statement.exceptions.size(), 1U);
    EXPECT_EQ(statement.exceptions[0].number(), "5.1");
}

TEST(BuildStatement, ControlWithoutMeasuresHasNoMeasures)
{
    auto const statement = build(empty_assessment());
    EXPECT_EQ(statement.controls[1].control, control("5.2"));
    EXPECT_EQ(statement.controls[1].implementation, ControlImplementation::NoMeasures);
    EXPECT_EQ(statement.controls[2].measures.total, 1); // the reference 5.03.01 counts
}

TEST(BuildStatement, CopiesTheAnswerAndLabelsItsMaturity)
{
    auto assessment = empty_assessment();
    auto given = answer("8.01.01", MeasureStatus::InProgress);
    given.owner = "CISO";
    given.maturity = 3;
    given.target_date = Date{std::chrono::year{2027} / 3 / 1};
    given.aspect(assessment::Aspect::Design)
        = {assessment::AspectResult::Compliant, Date{std::chrono::year{2026} / 9 / 1}, "A. Auditor", "ok"};
    assessment.measures.push_back(given);
    auto const row = build(assessment).measures.back();
    EXPECT_TRUE(row.answered);
    EXPECT_EQ(row.owner, "CISO");
    EXPECT_EQ(row.maturity_label, "Gedefinieerd");
    EXPECT_EQ(row.target_date, given.target_date);
    EXPECT_EQ(row.aspect(assessment::Aspect::Design), given.aspect(assessment::Aspect::Design));
}

assessment::Assessment with_exceptions(bool control_reference, bool first_measure_reference)
{
    auto assessment = empty_assessment();
    assessment::ControlApplicability excluded{
        .control = control("8.1"), .applicable = false, .justification = "Geen eindgebruikersapparaten"};
    if (control_reference)
        excluded.reference = assessment::RiskReference{assessment::RiskReference::Kind::Document, "RA-2026-03"};
    assessment.controls.push_back(excluded);
    assessment.controls.push_back({.control = control("5.2"), .applicable = false, .justification = "Geen"});
    auto first = answer("5.01.02", MeasureStatus::NotApplicable);
    first.not_applicable_reason = "Geen leveranciers";
    if (first_measure_reference)
        first.reference = assessment::RiskReference{assessment::RiskReference::Kind::Risk, "12"};
    assessment.measures.push_back(first);
    auto second = answer("5.01.01", MeasureStatus::NotApplicable);
    second.reference = assessment::RiskReference{assessment::RiskReference::Kind::Document, "  "};
    assessment.measures.push_back(second);
    return assessment;
}

TEST(BuildStatement, ListsExclusionsThenDeviationsInTheBijlage)
{
    auto const statement = build(with_exceptions(true, true));
    ASSERT_EQ(statement.exceptions.size(), 4U);
    EXPECT_EQ(statement.exceptions[0].number(), "5.2");
    EXPECT_EQ(statement.exceptions[1].number(), "8.1");
    EXPECT_EQ(statement.exceptions[1].justification, "Geen eindgebruikersapparaten");
    EXPECT_TRUE(statement.exceptions[1].is_control());
    EXPECT_EQ(statement.exceptions[2].number(), "5.01.01");
    EXPECT_FALSE(statement.exceptions[2].has_reference()); // blank does not count
    EXPECT_EQ(statement.exceptions[3].number(), "5.01.02");
    EXPECT_EQ(statement.exceptions[3].justification, "Geen leveranciers");
    EXPECT_TRUE(statement.exceptions[3].has_reference());
}

struct PublishCase {
    char const* name;
    bool control_reference;
    bool measure_reference;
    std::vector<char const*> named; ///< Every number the refusal names; the rest must not appear.
};

class CheckPublishable : public testing::TestWithParam<PublishCase> { };

TEST_P(CheckPublishable, NamesEveryExceptionWithoutReference)
{
    auto statement = build(with_exceptions(GetParam().control_reference, GetParam().measure_reference));
    auto const checked = check_publishable(statement);
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().kind(), ErrorKind::Invalid);
    auto const& message = checked.error().message();
    for (auto const* number : {"5.2", "8.1", "5.01.01", "5.01.02"}) {
        bool const expected = std::find_if(GetParam().named.begin(), GetParam().named.end(), [&](char const* n) {
            return std::string_view(n) == number;
        }) != GetParam().named.end();
        EXPECT_EQ(message.find(std::string(" ") + number) != std::string::npos, expected) << number << ": " << message;
    }
}

INSTANTIATE_TEST_SUITE_P(Rules, CheckPublishable,
    testing::Values(PublishCase{"AllMissing", false, false, {"5.2", "8.1", "5.01.01", "5.01.02"}},
        PublishCase{"ControlReferenced", true, false, {"5.2", "5.01.01", "5.01.02"}},
        PublishCase{"MeasureReferenced", false, true, {"5.2", "8.1", "5.01.01"}},
        PublishCase{"OnlyBlankAndUnreferenced", true, true, {"5.2", "5.01.01"}}),
    [](auto const& test) { return std::string(test.param.name); });

TEST(CheckPublishable, AcceptsWhenEveryExceptionHasItsReference)
{
    auto statement = build(with_exceptions(true, true));
    for (auto& exception : statement.exceptions)
        exception.reference = assessment::RiskReference{assessment::RiskReference::Kind::RiskAnalysis, "7"};
    EXPECT_TRUE(check_publishable(statement));
    EXPECT_TRUE(check_publishable(build(empty_assessment())));
}

TEST(CheckPublishable, RefusesAnEmptyScope)
{
    auto statement = build(empty_assessment());
    statement.scope = {};
    auto const checked = check_publishable(statement);
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().location().field.value_or(""), "processes");
}

TEST(Digest, IsStableAndFollowsEveryChange)
{
    auto const statement = build(with_exceptions(true, false));
    auto const first = digest(statement);
    EXPECT_EQ(first.size(), 64U);
    EXPECT_EQ(first, digest(build(with_exceptions(true, false))));
    auto changed = statement;
    changed.measures[0].owner = "Iemand";
    EXPECT_NE(digest(changed), first);
    changed = statement;
    changed.header.metadata.version_number = 3;
    EXPECT_NE(digest(changed), first);
}

TEST(ContentDigest, IsTheFrozenDigestBeforeAndAfterApproval)
{
    auto const frozen = build(with_exceptions(true, false));
    ASSERT_EQ(frozen.header.metadata.status, StatementStatus::Draft);
    auto approved = frozen;
    approved.header.metadata.status = StatementStatus::Approved;
    approved.header.metadata.approved_by = "Bas Burgemeester";
    approved.header.metadata.approved_at = Timestamp{std::chrono::seconds{1'800'000'000}};
    EXPECT_EQ(content_digest(frozen), digest(frozen)) << "a draft's content digest is its digest";
    EXPECT_EQ(content_digest(approved), content_digest(frozen)) << "approval does not change the content";
    EXPECT_NE(digest(approved), digest(frozen)) << "the approved document is another document";
    auto changed = approved;
    changed.measures[0].owner = "Iemand";
    EXPECT_NE(content_digest(changed), content_digest(frozen));
}

TEST(CanonicalText, EscapesSeparatorsInsideValues)
{
    auto statement = build(empty_assessment());
    statement.scope.statement = "regel 1\nregel\t2 \\ eind";
    auto const text = canonical_text(statement);
    EXPECT_EQ(text.rfind("bolwerk-vvt-canonical/1\n", 0), 0U);
    EXPECT_NE(text.find("scope\tstatement\ttext\tregel 1\\nregel\\t2 \\\\ eind\n"), std::string::npos);
    // A value cannot forge another line.
    auto forged = statement;
    forged.scope.statement = "x\nscope\tstatement\ttext\ty";
    EXPECT_NE(digest(forged), digest(statement));
}

} // namespace
} // namespace bolwerk::domain::vvt
