#include "domain/assessment/excluded_control.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::assessment {
namespace {

// Issue #13 item 2: what an excluded control's measures show, for every stored status
// and every state of the control.
TEST(ExcludedControl, MeasuresOfAnExcludedControlAreExcludedAndNeverImplemented)
{
    auto const control = *catalog::ControlNumber::parse("8.7");
    ControlApplicability const applies{.control = control, .applicable = true, .reasons = {InclusionReason::OwnChoice}};
    ControlApplicability const excluded{
        .control = control, .applicable = false, .justification = "Geen malware-risico"};
    using S = MeasureStatus;
    struct Case {
        S stored;
        ControlApplicability const* control;
        MeasureStanding expected;
        bool implemented;
    };
    std::vector<Case> const cases{
        {S::NotStarted, nullptr, {S::NotStarted, false}, false},
        {S::Implemented, nullptr, {S::Implemented, false}, true},
        {S::NotStarted, &applies, {S::NotStarted, false}, false},
        {S::InProgress, &applies, {S::InProgress, false}, false},
        {S::Implemented, &applies, {S::Implemented, false}, true},
        {S::NotApplicable, &applies, {S::NotApplicable, false}, false},
        {S::NotStarted, &excluded, {S::NotApplicable, true}, false},
        {S::InProgress, &excluded, {S::NotApplicable, true}, false},
        {S::Implemented, &excluded, {S::NotApplicable, true}, false},
        {S::NotApplicable, &excluded, {S::NotApplicable, true}, false},
    };
    for (auto const& test : cases) {
        auto const standing = measure_standing(test.stored, test.control);
        auto const name = std::string(to_string(test.stored))
            + (test.control == nullptr         ? " unanswered"
                    : test.control->applicable ? " applies"
                                               : " excluded");
        EXPECT_EQ(standing, test.expected) << name;
        EXPECT_EQ(standing.counts_as_implemented(), test.implemented) << name;
    }
}

catalog::MeasureNumber measure(std::string_view text) { return *catalog::MeasureNumber::parse(text); }

// 5.1 has two substantive measures and a reference to one of them; 5.2 one substantive.
catalog::CatalogVersion small_catalog()
{
    using catalog::ItemKind;
    std::vector<catalog::CatalogItem> items{{measure("5.01.01"), ItemKind::Substantive, {}, "a", {}},
        {measure("5.01.02"), ItemKind::Substantive, {}, "b", {}},
        {measure("5.01.03"), ItemKind::Reference, measure("5.02.01"), "", {}},
        {measure("5.02.01"), ItemKind::Substantive, {}, "c", {}}};
    return catalog::CatalogVersion::create({"bio2", "1.3"}, "BIO2 v1.3", std::move(items)).value();
}

TEST(ExcludedControl, ConsequencesNameMandatoryMeasuresAnswersAndTheMandatoryReason)
{
    auto const control = *catalog::ControlNumber::parse("5.1");
    MeasureAnswer implemented{.measure = measure("5.01.01"), .status = MeasureStatus::Implemented};
    MeasureAnswer designed{.measure = measure("5.01.02")};
    designed.aspect(Aspect::Design) = {AspectResult::Compliant, Date{}, "CISO", ""};
    MeasureAnswer untouched{.measure = measure("5.01.03")};
    MeasureAnswer elsewhere{.measure = measure("5.02.01"), .status = MeasureStatus::Implemented};
    struct Case {
        char const* name;
        std::vector<ControlApplicability> controls;
        std::vector<MeasureAnswer> answers;
        std::size_t answered;
        bool mandatory_reason;
        bool already_excluded;
    };
    std::vector<Case> const cases{
        {"nothing answered", {}, {}, 0, false, false},
        {"answers of this control only", {}, {implemented, designed, untouched, elsewhere}, 2, false, false},
        {"included as BIO2 verplicht",
            {{.control = control, .reasons = {InclusionReason::RiskAnalysis, InclusionReason::Bio2Mandatory}}},
            {implemented}, 1, true, false},
        {"included by own choice", {{.control = control, .reasons = {InclusionReason::OwnChoice}}}, {}, 0, false,
            false},
        {"already excluded", {{.control = control, .applicable = false, .justification = "n.v.t."}}, {designed}, 1,
            false, true},
    };
    for (auto const& test : cases) {
        Assessment assessment{.catalog = {"bio2", "1.3"}, .controls = test.controls, .measures = test.answers};
        auto const consequences = exclusion_consequences(small_catalog(), assessment, control);
        EXPECT_EQ(consequences.mandatory, (std::vector{measure("5.01.01"), measure("5.01.02")}))
            << test.name << ": the reference 5.01.03 is no mandatory measure of its own";
        EXPECT_EQ(consequences.answered.size(), test.answered) << test.name;
        EXPECT_EQ(consequences.included_as_mandatory, test.mandatory_reason) << test.name;
        EXPECT_EQ(consequences.already_excluded, test.already_excluded) << test.name;
    }
}

} // namespace
} // namespace bolwerk::domain::assessment
