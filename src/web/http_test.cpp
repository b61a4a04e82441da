#include "web/http.hpp"

#include <gtest/gtest.h>

namespace bolwerk::web {
namespace {

TEST(PercentDecode, DecodesEscapesAndPlusInForms)
{
    struct Case {
        std::string_view input;
        PlusIsSpace plus;
        std::string_view expected;
    };
    for (auto const& test : {
             Case{"a%20b", PlusIsSpace::No, "a b"},
             Case{"a+b", PlusIsSpace::Yes, "a b"},
             Case{"a+b", PlusIsSpace::No, "a+b"},
             Case{"%3Cscript%3E", PlusIsSpace::No, "<script>"},
             Case{"100%", PlusIsSpace::No, "100%"},
             Case{"%zz", PlusIsSpace::No, "%zz"},
         }) {
        EXPECT_EQ(percent_decode(test.input, test.plus), test.expected) << test.input;
    }
}

TEST(PercentEncode, RoundTrips)
{
    std::string const text = "Gemeente 's-Hertogenbosch & co/100%";
    EXPECT_EQ(percent_decode(percent_encode(text), PlusIsSpace::No), text);
}

TEST(ParseForm, SplitsPairsAndDecodes)
{
    auto const form = parse_form("email=a%40b.nl&password=x+y&empty=&flag");
    EXPECT_EQ(form_value(form, "email"), "a@b.nl");
    EXPECT_EQ(form_value(form, "password"), "x y");
    EXPECT_EQ(form_value(form, "empty"), "");
    EXPECT_EQ(form_value(form, "flag"), "");
    EXPECT_EQ(form_value(form, "missing"), std::nullopt);
}

TEST(CookieValue, FindsNamedCookie)
{
    Request request;
    request.headers.emplace_back("cookie", "a=1; bolwerk_session=abc; b=2");
    EXPECT_EQ(cookie_value(request, "bolwerk_session"), "abc");
    EXPECT_EQ(cookie_value(request, "c"), std::nullopt);
}

TEST(Response, SetHeaderReplacesCaseInsensitively)
{
    Response response;
    response.set_header("Content-Type", "a");
    response.set_header("content-type", "b");
    ASSERT_EQ(response.headers.size(), 1U);
    EXPECT_EQ(response.header("CONTENT-TYPE"), "b");
}

} // namespace
} // namespace bolwerk::web
