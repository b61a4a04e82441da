#include "domain/risk/acceptance.hpp"

#include <gtest/gtest.h>

#include <optional>

namespace bolwerk::domain {
namespace {

using catalog::CatalogItem;
using catalog::ItemKind;
using catalog::MeasureNumber;

MeasureNumber number(std::string_view text) { return MeasureNumber::parse(text).value(); }

// A synthetic catalog version with one entry of each kind (no BIO2 text).
catalog::CatalogVersion small_catalog()
{
    std::vector<CatalogItem> items{
        {number("5.01.01"), ItemKind::Substantive, std::nullopt, "Maatregel A", {}},
        {number("5.01.02"), ItemKind::Reference, number("5.01.01"), "", {}},
        {number("5.02.01"), ItemKind::None, std::nullopt, "", {}},
        {number("5.03.01"), ItemKind::Withdrawn, std::nullopt, "", {}},
        {number("5.04.01"), ItemKind::Moved, number("5.01.01"), "", {}},
    };
    return catalog::CatalogVersion::create({"bio2", "0.9"}, "Test", std::move(items)).value();
}

TEST(WaivedMeasures, OnlyWhatIsNoSubstantiveGovernmentMeasureMayBeWaived)
{
    struct Case {
        char const* name;
        std::vector<std::string> numbers;
        std::optional<std::string> field; ///< Set when refused.
        std::string in_message;
    };
    std::vector<Case> const cases{
        {"nothing waived", {}, std::nullopt, ""},
        {"no measure behind the number", {"5.02.01", " 5.3.1 "}, std::nullopt, ""},
        {"substantive", {"5.02.01", "5.01.01"}, "waived_measures[1]", "BIO2 Deel 1"},
        {"a reference to a substantive measure", {"5.01.02"}, "waived_measures[0]", "5.01.02"},
        {"moved to a substantive measure", {"5.04.01"}, "waived_measures[0]", "BIO2 Deel 1"},
        {"not in the version", {"5.09.01"}, "waived_measures[0]", "bio2@0.9"},
        {"not a number", {"5.x"}, "waived_measures[0]", "5.x"},
        {"named twice", {"5.02.01", "5.2.1"}, "waived_measures[1]", "twice"},
    };
    auto const catalog = small_catalog();
    for (auto const& c : cases) {
        auto const checked = check_waived_measures(c.numbers, catalog);
        if (!c.field) {
            EXPECT_TRUE(checked) << c.name << ": " << checked.error().to_string();
            continue;
        }
        ASSERT_FALSE(checked) << c.name;
        EXPECT_EQ(checked.error().kind(), ErrorKind::Invalid) << c.name;
        EXPECT_EQ(checked.error().location().field, c.field) << c.name;
        EXPECT_NE(checked.error().message().find(c.in_message), std::string::npos)
            << c.name << ": " << checked.error().message();
    }
}

TEST(WaivedMeasures, AnswersTheNormalisedNumbersInOrder)
{
    auto const checked = check_waived_measures({"5.3.1", "5.02.01"}, small_catalog());
    ASSERT_TRUE(checked) << checked.error().to_string();
    EXPECT_EQ(*checked, (std::vector<std::string>{"5.03.01", "5.02.01"}));
}

TEST(WaivedMeasures, TheLimitIsHit)
{
    std::vector<std::string> const too_many(max_waived_measures + 1, "5.02.01");
    auto const refused = check_waived_measures(too_many, small_catalog());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().location().field, "waived_measures");
    // At the limit the count passes and the duplicate check speaks instead.
    std::vector<std::string> const at_limit(max_waived_measures, "5.02.01");
    EXPECT_EQ(check_waived_measures(at_limit, small_catalog()).error().location().field, "waived_measures[1]");
}

} // namespace
} // namespace bolwerk::domain
