#include "web/http/router.hpp"

#include <gtest/gtest.h>

#include <array>

namespace bolwerk::web {
namespace {

TEST(MatchPattern, MatchesLiteralAndParameterSegments)
{
    auto const parameters = match_pattern("/api/v1/organisations/{id}", "/api/v1/organisations/42");
    ASSERT_TRUE(parameters);
    EXPECT_EQ(parameters->get("id"), "42");
}

TEST(MatchPattern, RejectsOtherShapes)
{
    for (auto const* path :
        {"/api/v1/organisations", "/api/v1/organisations/", "/api/v1/organisations/1/x", "/api/v2/organisations/1"}) {
        EXPECT_FALSE(match_pattern("/api/v1/organisations/{id}", path)) << path;
    }
}

TEST(MatchPattern, DecodesParameters)
{
    auto const parameters = match_pattern("/o/{name}", "/o/a%20b");
    ASSERT_TRUE(parameters);
    EXPECT_EQ(parameters->get("name"), "a b");
}

struct TestRoute {
    Method method;
    std::string_view pattern;
};

TEST(FindRoute, TellsWrongMethodFromUnknownPath)
{
    constexpr std::array routes{TestRoute{Method::Get, "/a/{id}"}, TestRoute{Method::Post, "/a/{id}"}};
    auto const get = find_route<TestRoute>(routes, Method::Get, "/a/1");
    ASSERT_NE(get.route, nullptr);
    EXPECT_EQ(get.route->method, Method::Get);
    auto const put = find_route<TestRoute>(routes, Method::Put, "/a/1");
    EXPECT_EQ(put.route, nullptr);
    EXPECT_TRUE(put.path_known);
    auto const unknown = find_route<TestRoute>(routes, Method::Get, "/b");
    EXPECT_FALSE(unknown.path_known);
}

TEST(ParseMethod, TreatsHeadAsGet)
{
    EXPECT_EQ(parse_method("HEAD"), Method::Get);
    EXPECT_EQ(parse_method("PATCH"), Method::Patch);
    EXPECT_EQ(parse_method("BREW"), std::nullopt);
}

} // namespace
} // namespace bolwerk::web
