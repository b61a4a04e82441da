#include "web/http/http.hpp"

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

// Issue #10 item 1: no header may carry a line break, whoever builds it.
TEST(Response, RefusesHeadersThatCouldSplitTheResponse)
{
    struct Case {
        std::string name;
        std::string value;
    };
    std::vector<Case> const refused{
        {"Location", "/\r\nSet-Cookie: pwn=1"},
        {"Location", "/\nSet-Cookie: pwn=1"},
        {"Location", "/\rx"},
        {"Location", std::string("/\0x", 3)},
        {"Location", "/\x01"},
        {"Location", "/\x7F"},
        {"Set-Cookie\r\nX", "1"},
        {"X Y", "1"},
        {"", "1"},
        {std::string("X\0", 2), "1"},
    };
    for (auto const& test : refused) {
        Response set;
        set.set_header("Content-Type", "text/plain");
        set.set_header(test.name, test.value);
        EXPECT_TRUE(set.header_refused) << test.value;
        EXPECT_EQ(set.headers.size(), 1U) << test.value;
        Response added;
        added.add_header(test.name, test.value);
        EXPECT_TRUE(added.header_refused) << test.value;
        EXPECT_TRUE(added.headers.empty()) << test.value;
    }
    Response fine;
    fine.set_header("Content-Disposition", "attachment; filename=\"a b.pdf\"; filename*=UTF-8''a%20b.pdf");
    fine.add_header("Set-Cookie", "a=1;\tPath=/");
    fine.set_header("Content-Language", "nl");
    EXPECT_FALSE(fine.header_refused);
    EXPECT_EQ(fine.headers.size(), 3U);
}

} // namespace
} // namespace bolwerk::web
