#include "domain/catalog/measure_number.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::catalog {
namespace {

struct LenientCase {
    char const* text;
    char const* normalised;
    bool was_normalised;
};

TEST(MeasureNumber, ParsesAndNormalisesShortForms)
{
    LenientCase const cases[] = {
        {"5.17.01", "5.17.01", false}, {"8.16.3", "8.16.03", true}, {"5.1.1", "5.01.01", true},
        {"8.08.06", "8.08.06", false}, {"5.38.01", "5.38.01", false}, // syntactically fine; the control does not exist
    };
    for (auto const& c : cases) {
        auto const parsed = MeasureNumber::parse_lenient(c.text);
        ASSERT_TRUE(parsed) << c.text;
        EXPECT_EQ(parsed->number.to_string(), c.normalised) << c.text;
        EXPECT_EQ(parsed->was_normalised, c.was_normalised) << c.text;
    }
}

TEST(MeasureNumber, RejectsWhatIsNotAMeasureNumber)
{
    for (auto const* text : {"", "5.17", "5.17.01.1", "a.17.01", "5.170.01", "5.17.001", "55.17.01", "0.17.01",
             "5.00.01", "5.17.", " 5.17.01", "5,17,01"}) {
        auto const parsed = MeasureNumber::parse_lenient(text);
        ASSERT_FALSE(parsed) << text;
        EXPECT_EQ(parsed.error().kind(), ErrorKind::Invalid) << text;
    }
}

TEST(MeasureNumber, StrictParseRefusesShortForm)
{
    EXPECT_TRUE(MeasureNumber::parse("8.16.03"));
    auto const short_form = MeasureNumber::parse("8.16.3");
    ASSERT_FALSE(short_form);
    EXPECT_NE(short_form.error().message().find("8.16.03"), std::string::npos);
}

TEST(MeasureNumber, KnowsItsControlIfItExists)
{
    auto const number = MeasureNumber::parse("5.17.01").value();
    ASSERT_TRUE(number.control());
    EXPECT_EQ(number.control()->to_string(), "5.17");
    EXPECT_FALSE(MeasureNumber::parse("5.38.01")->control());
    EXPECT_FALSE(MeasureNumber::parse("6.09.01")->control());
    EXPECT_FALSE(MeasureNumber::parse("9.01.01")->control());
}

TEST(MeasureNumber, OrdersNumerically)
{
    EXPECT_LT(MeasureNumber::parse("5.09.01").value(), MeasureNumber::parse("5.10.01").value());
    EXPECT_LT(MeasureNumber::parse("5.10.02").value(), MeasureNumber::parse("6.01.01").value());
    EXPECT_EQ(MeasureNumber::parse_lenient("8.16.3")->number, MeasureNumber::parse("8.16.03").value());
}

} // namespace
} // namespace bolwerk::domain::catalog
