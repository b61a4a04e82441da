#include "domain/assessment/assessment.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::assessment {
namespace {

using catalog::ItemKind;

catalog::MeasureNumber measure(std::string_view text) { return catalog::MeasureNumber::parse(text).value(); }

AspectAssessment assessed(AspectResult result)
{
    return AspectAssessment{result, Date{std::chrono::year{2026} / 10 / 1}, "J. de Vries", ""};
}

MeasureAnswer answer_with(AspectResult design, AspectResult existence, AspectResult operation)
{
    MeasureAnswer answer{.measure = measure("5.17.01")};
    answer.status = MeasureStatus::Implemented;
    if (design != AspectResult::NotAssessed)
        answer.aspect(Aspect::Design) = assessed(design);
    if (existence != AspectResult::NotAssessed)
        answer.aspect(Aspect::Existence) = assessed(existence);
    if (operation != AspectResult::NotAssessed)
        answer.aspect(Aspect::Operation) = assessed(operation);
    return answer;
}

struct AspectCase {
    AspectResult design, existence, operation;
    char const* refusal; ///< nullptr when accepted; else a part of the message.
};

class AspectOrderTest : public testing::TestWithParam<AspectCase> { };

TEST_P(AspectOrderTest, BestaanNeedsOpzetAndWerkingNeedsBestaan)
{
    auto const& c = GetParam();
    auto const checked = check_measure_answer(
        answer_with(c.design, c.existence, c.operation), ItemKind::Substantive, MaturityScale::standard());
    if (c.refusal == nullptr) {
        EXPECT_TRUE(checked) << checked.error().message();
    } else {
        ASSERT_FALSE(checked);
        EXPECT_NE(checked.error().message().find(c.refusal), std::string::npos) << checked.error().message();
    }
}

using R = AspectResult;
INSTANTIATE_TEST_SUITE_P(Rules, AspectOrderTest,
    testing::Values(AspectCase{R::NotAssessed, R::NotAssessed, R::NotAssessed, nullptr},
        AspectCase{R::Compliant, R::NotAssessed, R::NotAssessed, nullptr},
        AspectCase{R::NonCompliant, R::NotAssessed, R::NotAssessed, nullptr},
        AspectCase{R::Compliant, R::PartiallyCompliant, R::NotAssessed, nullptr},
        AspectCase{R::PartiallyCompliant, R::Compliant, R::NonCompliant, nullptr},
        AspectCase{R::Compliant, R::Compliant, R::Compliant, nullptr},
        AspectCase{R::NotAssessed, R::Compliant, R::NotAssessed, "bestaan of 5.17.01 cannot be assessed before opzet"},
        AspectCase{R::Compliant, R::NotAssessed, R::Compliant, "werking of 5.17.01 cannot be assessed before bestaan"},
        AspectCase{
            R::NotAssessed, R::NotAssessed, R::Compliant, "werking of 5.17.01 cannot be assessed before bestaan"},
        AspectCase{R::NonCompliant, R::Compliant, R::NotAssessed, "while opzet is \"voldoet niet\""},
        AspectCase{R::Compliant, R::NonCompliant, R::Compliant, "while bestaan is \"voldoet niet\""}),
    // Named by position: the default name prints the bytes of the struct, padding
    // included, which differ between the listing and the run of ctest's discovery.
    [](testing::TestParamInfo<AspectCase> const& param) { return "case_" + std::to_string(param.index); });

TEST(MeasureAnswerTest, AnAssessedAspectNeedsADateAndAnAssessor)
{
    auto answer = answer_with(R::Compliant, R::NotAssessed, R::NotAssessed);
    answer.aspect(Aspect::Design).date.reset();
    auto const undated = check_measure_answer(answer, ItemKind::Substantive, MaturityScale::standard());
    ASSERT_FALSE(undated);
    EXPECT_EQ(undated.error().location().field, "opzet_date");

    answer = answer_with(R::Compliant, R::NotAssessed, R::NotAssessed);
    answer.aspect(Aspect::Design).assessor = "  ";
    auto const anonymous = check_measure_answer(answer, ItemKind::Substantive, MaturityScale::standard());
    ASSERT_FALSE(anonymous);
    EXPECT_EQ(anonymous.error().location().field, "opzet_assessor");
}

TEST(MeasureAnswerTest, NotApplicableNeedsAReason)
{
    MeasureAnswer answer{.measure = measure("8.08.05"), .status = MeasureStatus::NotApplicable};
    auto const refused = check_measure_answer(answer, ItemKind::Substantive, MaturityScale::standard());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().location().field, "not_applicable_reason");
    answer.not_applicable_reason = "Geen internetfacing systemen in eigen beheer";
    EXPECT_TRUE(check_measure_answer(answer, ItemKind::Substantive, MaturityScale::standard()));
}

TEST(MeasureAnswerTest, OnlyMeasuresCanBeAnswered)
{
    MeasureAnswer const answer{.measure = measure("5.01.00")};
    for (auto kind : {ItemKind::None, ItemKind::Moved, ItemKind::Withdrawn})
        EXPECT_FALSE(check_measure_answer(answer, kind, MaturityScale::standard())) << catalog::to_string(kind);
    EXPECT_TRUE(check_measure_answer(answer, ItemKind::Reference, MaturityScale::standard()));
}

TEST(MeasureAnswerTest, MaturityLiesOnTheScale)
{
    MeasureAnswer answer{.measure = measure("5.17.01"), .maturity = 5};
    EXPECT_TRUE(check_measure_answer(answer, ItemKind::Substantive, MaturityScale::standard()));
    answer.maturity = 6;
    EXPECT_FALSE(check_measure_answer(answer, ItemKind::Substantive, MaturityScale::standard()));
    answer.maturity = -1;
    EXPECT_FALSE(check_measure_answer(answer, ItemKind::Substantive, MaturityScale::standard()));
    answer.maturity = 2;
    EXPECT_FALSE(check_measure_answer(answer, ItemKind::Substantive, MaturityScale{{"nee", "ja"}}));
}

TEST(MeasureStatusTest, RiskAcceptanceIsNotAStatus)
{
    EXPECT_EQ(parse_measure_status("geïmplementeerd").value(), MeasureStatus::Implemented);
    EXPECT_EQ(parse_measure_status("Niet van toepassing").value(), MeasureStatus::NotApplicable);
    for (auto const* text : {"accepted", "risico geaccepteerd"}) {
        auto const refused = parse_measure_status(text);
        ASSERT_FALSE(refused);
        EXPECT_NE(refused.error().message().find("cannot be risk-accepted"), std::string::npos);
    }
    for (auto status : all_measure_statuses)
        EXPECT_EQ(parse_measure_status(to_string(status)).value(), status);
}

TEST(AspectResultTest, DutchLabelsAndNamesRoundTrip)
{
    EXPECT_EQ(parse_aspect_result("voldoet deels").value(), AspectResult::PartiallyCompliant);
    EXPECT_EQ(parse_aspect("Werking").value(), Aspect::Operation);
    for (auto result : all_aspect_results)
        EXPECT_EQ(parse_aspect_result(to_string(result)).value(), result);
    EXPECT_FALSE(parse_aspect_result("misschien"));
}

TEST(ControlApplicabilityTest, ExclusionNeedsJustificationInclusionNeedsReason)
{
    auto const control = catalog::ControlNumber::parse("8.8").value();
    ControlApplicability excluded{.control = control, .applicable = false};
    EXPECT_FALSE(check_control_applicability(excluded));
    excluded.justification = "Geen eigen ontwikkeling";
    EXPECT_TRUE(check_control_applicability(excluded)) << "a draft may lack its risk reference";
    excluded.reasons = {InclusionReason::OwnChoice};
    EXPECT_FALSE(check_control_applicability(excluded));

    ControlApplicability included{.control = control};
    EXPECT_FALSE(check_control_applicability(included));
    included.reasons = {InclusionReason::Bio2Mandatory, InclusionReason::RiskAnalysis};
    EXPECT_TRUE(check_control_applicability(included));
}

TEST(MaturityScaleTest, StandardScaleHasSixDutchLevels)
{
    auto const scale = MaturityScale::standard();
    EXPECT_EQ(scale.highest(), 5);
    EXPECT_TRUE(check_maturity_scale(scale));
    EXPECT_FALSE(check_maturity_scale(MaturityScale{{"alleen"}}));
    EXPECT_FALSE(check_maturity_scale(MaturityScale{{"a", ""}}));
}

} // namespace
} // namespace bolwerk::domain::assessment
