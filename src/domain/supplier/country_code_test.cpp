#include "domain/supplier/country_code.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain {
namespace {

TEST(CountryCode, ReadsAssignedCodesInAnyCase)
{
    struct Case {
        char const* text;
        char const* code;
    };
    Case const cases[] = {{"NL", "NL"}, {"de", "DE"}, {" us ", "US"}, {"Gb", "GB"}, {"ax", "AX"}, {"zw", "ZW"}};
    for (auto const& c : cases) {
        auto const code = CountryCode::parse(c.text);
        ASSERT_TRUE(code) << c.text << ": " << code.error().to_string();
        EXPECT_EQ(code->value(), c.code);
    }
    EXPECT_EQ(assigned_country_code_count(), 249u);
}

TEST(CountryCode, RefusesUnassignedCodesNamingTheField)
{
    for (auto const* text : {"", "N", "NLD", "XX", "ZZ", "1A", "N L", "AA"}) {
        auto const code = CountryCode::parse(text, "data_locations[0]");
        ASSERT_FALSE(code) << text;
        EXPECT_EQ(code.error().kind(), ErrorKind::Invalid);
        EXPECT_EQ(code.error().location().field, "data_locations[0]");
    }
}

TEST(CountryCode, ReservedCodesPointToTheAssignedOne)
{
    auto const uk = CountryCode::parse("uk");
    ASSERT_FALSE(uk);
    EXPECT_NE(uk.error().message().find("'GB'"), std::string::npos) << uk.error().message();
    auto const greece = CountryCode::parse("EL");
    ASSERT_FALSE(greece);
    EXPECT_NE(greece.error().message().find("'GR'"), std::string::npos);
}

TEST(CountryCode, KnowsTheEuropeanEconomicArea)
{
    struct Case {
        char const* code;
        bool in_eea;
    };
    Case const cases[] = {{"NL", true}, {"IE", true}, {"NO", true}, {"IS", true}, {"LI", true}, {"GR", true},
        {"CH", false}, {"GB", false}, {"US", false}, {"IN", false}};
    for (auto const& c : cases)
        EXPECT_EQ(CountryCode::parse(c.code)->in_eea(), c.in_eea) << c.code;
}

} // namespace
} // namespace bolwerk::domain
