#include "domain/assessment/contribution.hpp"

#include <gtest/gtest.h>

#include <functional>

namespace bolwerk::domain::assessment {
namespace {

MeasureAnswer owned_answer()
{
    MeasureAnswer answer{.measure = catalog::MeasureNumber::parse("5.17.01").value()};
    answer.owner = "Medewerker@Test.nl";
    answer.status = MeasureStatus::InProgress;
    answer.maturity = 2;
    answer.target_date = Date{std::chrono::year{2026} / 12 / 1};
    answer.aspect(Aspect::Design)
        = {AspectResult::PartiallyCompliant, Date{std::chrono::year{2026} / 10 / 1}, "CISO", "eerste ronde"};
    return answer;
}

struct ChangeCase {
    char const* name;
    std::function<void(MeasureAnswer&)> change;
    char const* refused_field; ///< nullptr when the owner may make the change.
};

class OwnerChangeTest : public testing::TestWithParam<ChangeCase> { };

TEST_P(OwnerChangeTest, OwnerChangesOnlyProgress)
{
    auto const& c = GetParam();
    auto const before = owned_answer();
    auto after = before;
    c.change(after);
    auto const checked = check_owner_change(before, after);
    if (c.refused_field == nullptr) {
        EXPECT_TRUE(checked) << checked.error().to_string();
        return;
    }
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().kind(), ErrorKind::Forbidden);
    EXPECT_EQ(checked.error().location().field, c.refused_field);
}

INSTANTIATE_TEST_SUITE_P(Fields, OwnerChangeTest,
    testing::Values(ChangeCase{"Nothing", [](MeasureAnswer&) {}, nullptr},
        ChangeCase{"Status", [](MeasureAnswer& a) { a.status = MeasureStatus::Implemented; }, nullptr},
        ChangeCase{"Maturity", [](MeasureAnswer& a) { a.maturity = 4; }, nullptr},
        ChangeCase{"MaturityCleared", [](MeasureAnswer& a) { a.maturity.reset(); }, nullptr},
        ChangeCase{"Note", [](MeasureAnswer& a) { a.aspect(Aspect::Operation).note = "logboek bekeken"; }, nullptr},
        ChangeCase{"OwnerSpacing", [](MeasureAnswer& a) { a.owner = " Medewerker@Test.nl "; }, nullptr},
        ChangeCase{"NotApplicable", [](MeasureAnswer& a) { a.status = MeasureStatus::NotApplicable; }, "status"},
        ChangeCase{"Owner", [](MeasureAnswer& a) { a.owner = "iemand@test.nl"; }, "owner"},
        ChangeCase{"TargetDate", [](MeasureAnswer& a) { a.target_date.reset(); }, "target_date"},
        ChangeCase{"Reason", [](MeasureAnswer& a) { a.not_applicable_reason = "geen"; }, "not_applicable_reason"},
        ChangeCase{"Reference",
            [](MeasureAnswer& a) {
                a.reference = RiskReference{RiskReference::Kind::Document, "RA-1"};
            },
            "reference"},
        ChangeCase{"OpzetVerdict", [](MeasureAnswer& a) { a.aspect(Aspect::Design).result = AspectResult::Compliant; },
            "opzet_result"},
        ChangeCase{"OpzetAssessor", [](MeasureAnswer& a) { a.aspect(Aspect::Design).assessor = "ik"; }, "opzet_result"},
        ChangeCase{"WerkingVerdict",
            [](MeasureAnswer& a) {
                a.aspect(Aspect::Operation)
                    = {AspectResult::Compliant, Date{std::chrono::year{2026} / 11 / 1}, "ik", ""};
            },
            "werking_result"}),
    [](auto const& test_info) { return std::string(test_info.param.name); });

TEST(OwnerChange, AnExclusionIsNotUndoneByTheOwner)
{
    auto before = owned_answer();
    before.status = MeasureStatus::NotApplicable;
    before.not_applicable_reason = "geen eigen netwerk";
    auto after = before;
    after.status = MeasureStatus::InProgress;
    auto const checked = check_owner_change(before, after);
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().location().field, "status");
}

TEST(OwnerChange, AMeasureNeverAnsweredHasNoOwner)
{
    auto const checked = check_owner_change(std::nullopt, owned_answer());
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().location().field, "owner");
}

TEST(OwnerChange, OwnerIsTheEmailAddress)
{
    EXPECT_TRUE(is_owned_by(" Anna@Test.nl", "anna@test.nl"));
    EXPECT_FALSE(is_owned_by("Anna", "anna@test.nl"));
    EXPECT_FALSE(is_owned_by("", ""));
    EXPECT_FALSE(is_owned_by("anna@test.nl.evil", "anna@test.nl"));
}

} // namespace
} // namespace bolwerk::domain::assessment
