#include "importers/structured/json_reader.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace bolwerk::importers {
namespace {

TEST(YamlReader, KeepsNumbersAsTextAndQuotedScalarsAsStrings)
{
    auto const document = parse_yaml("a: 4.1\nb: '4'\nc: true\nd: ~\ne: [x, 'y']\n", "x.yaml");
    ASSERT_TRUE(document) << document.error().to_string();
    EXPECT_EQ((*document)["a"], "4.1");
    EXPECT_EQ((*document)["b"], "4");
    EXPECT_EQ((*document)["c"], true);
    EXPECT_TRUE((*document)["d"].is_null());
    EXPECT_EQ((*document)["e"][1], "y");
}

TEST(YamlReader, SyntaxErrorNamesLineAndColumn)
{
    auto const document = parse_yaml("a: 1\nb: [1, 2\n", "x.yaml");
    ASSERT_FALSE(document);
    EXPECT_EQ(document.error().kind(), ErrorKind::Invalid);
    EXPECT_TRUE(document.error().location().line.has_value());
}

TEST(JsonReader, SyntaxErrorNamesLineAndColumn)
{
    auto const document = parse_json("{\n  \"a\": 1,\n  \"b\": ]\n}", "x.json");
    ASSERT_FALSE(document);
    EXPECT_EQ(document.error().location().line, 3u);
    EXPECT_EQ(document.error().location().source, "x.json");
}

TEST(JsonReader, RefusesDeepNesting)
{
    auto const deep = std::string(1000, '[') + std::string(1000, ']');
    auto const document = parse_json(deep, "x.json");
    ASSERT_FALSE(document);
    EXPECT_NE(document.error().message().find("nested too deeply"), std::string::npos);
    auto const yaml = parse_yaml(deep, "x.yaml");
    EXPECT_FALSE(yaml);
}

} // namespace
} // namespace bolwerk::importers

namespace bolwerk::importers {
namespace {

TEST(YamlReader, RefusesInvalidUtf8WithItsLine)
{
    auto const document = parse_yaml("a: ok\nb: \xff\n", "x.yaml");
    ASSERT_FALSE(document);
    EXPECT_EQ(document.error().location().line, 2u);
}

TEST(JsonReader, RefusesInvalidUtf8InStrings) { EXPECT_FALSE(parse_json("{\"a\": \"\xff\"}", "x.json")); }

} // namespace
} // namespace bolwerk::importers

namespace bolwerk::importers {
namespace {

TEST(JsonReader, RefusesALoneSurrogateEscape) { EXPECT_FALSE(parse_json("{\"a\": \"\\ud800\"}", "x.json")); }

TEST(YamlReader, DecodesNoBreakSpaceAndNextLineEscapesAsUtf8)
{
    auto const document = parse_yaml("a: \"x\\_y\\Nz\"\n", "x.yaml");
    ASSERT_TRUE(document) << document.error().to_string();
    EXPECT_EQ((*document)["a"], "x\xc2\xa0y\xc2\x85z");
}

TEST(YamlReader, RefusesEscapesThatAreNoCharacter)
{
    auto const document = parse_yaml("a: ok\nb: \"\\ud800\"\n", "x.yaml");
    ASSERT_FALSE(document);
    EXPECT_EQ(document.error().location().line, 2u);
}

} // namespace
} // namespace bolwerk::importers
