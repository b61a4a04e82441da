#include "importers/findings/json_stream.hpp"

#include <gtest/gtest.h>

namespace bolwerk::importers::findings {
namespace {

std::vector<std::string> captured(std::string_view text, std::vector<JsonPath> const& paths)
{
    ReportInput const input("test.json", text);
    std::vector<std::string> values;
    auto const walked = walk_json(input, paths, [&](JsonCapture const& capture) -> Result<void> {
        values.push_back(capture.pointer + "=" + std::string(capture.raw));
        return ok();
    });
    EXPECT_TRUE(walked.has_value()) << (walked ? "" : walked.error().to_string());
    return values;
}

TEST(JsonStream, CapturesValuesAtWantedPathsOnly)
{
    auto const values = captured(R"({"a": 1, "runs": [{"tool": {"x": [1, 2]}, "results": [{"id": 1}, {"id": "2"}]},
        {"results": []}], "z": "\u00e9"})",
        {{"runs", "*", "results", "*"}, {"runs", "*", "tool"}});
    std::vector<std::string> const expected{
        R"(/runs/0/tool={"x": [1, 2]})", R"(/runs/0/results/0={"id": 1})", R"(/runs/0/results/1={"id": "2"})"};
    EXPECT_EQ(values, expected);
}

TEST(JsonStream, StarMatchesObjectMembers)
{
    auto const values = captured(R"({"a.nl": {"s": 1}, "b~/c": {"s": 2}})", {{"*"}});
    std::vector<std::string> const expected{R"(/a.nl={"s": 1})", R"(/b~0~1c={"s": 2})"};
    EXPECT_EQ(values, expected);
}

TEST(JsonStream, HandlerErrorStopsTheWalk)
{
    ReportInput const input("test.json", R"([1, 2, 3])");
    int calls = 0;
    auto const walked = walk_json(input, {{"*"}}, [&](JsonCapture const&) -> Result<void> {
        ++calls;
        return Error::invalid("stop");
    });
    ASSERT_FALSE(walked);
    EXPECT_EQ(walked.error().message(), "stop");
    EXPECT_EQ(calls, 1);
}

struct BadJson {
    std::string_view text;
    std::string_view message_part;
    std::uint64_t line;
    std::uint64_t column;
    std::string_view pointer;
};

TEST(JsonStream, RefusesMalformedJsonWithPosition)
{
    BadJson const cases[] = {
        {R"({"a": [1, 2,]})", "a JSON value was expected", 1, 13, "/a/2"},
        {"{\"a\": 1,\n \"b\" 2}", "expected ':'", 2, 6, "/"},
        {R"({"a": "x)", "not closed", 1, 9, "/a"},
        {"{\"a\": \"x\ny\"}", "control character", 1, 9, "/a"},
        {R"({"a": 01})", "invalid number", 1, 7, "/a"},
        {R"({"a": tru})", "a JSON value was expected", 1, 7, "/a"},
        {R"({"a": 1} x)", "unexpected text", 1, 10, "/"},
        {R"({"a": "\q"})", "invalid escape", 1, 9, "/a"},
        {R"([1, 2)", "ends where", 1, 6, "/1"},
        {"", "ends where a value", 1, 1, "/"},
    };
    for (auto const& bad : cases) {
        ReportInput const input("bad.json", bad.text);
        auto const walked = walk_json(input, {{"x"}}, [](JsonCapture const&) -> Result<void> { return ok(); });
        ASSERT_FALSE(walked) << bad.text;
        auto const& error = walked.error();
        EXPECT_NE(error.message().find(bad.message_part), std::string::npos) << bad.text << ": " << error.message();
        EXPECT_EQ(error.location().line, bad.line) << bad.text;
        EXPECT_EQ(error.location().column, bad.column) << bad.text;
        EXPECT_EQ(error.location().field, std::string(bad.pointer)) << bad.text;
        EXPECT_EQ(error.location().source, "bad.json");
    }
}

TEST(JsonStream, RefusesNestingBeyondTheLimit)
{
    std::string const deep = std::string(max_json_depth + 2, '[') + std::string(max_json_depth + 2, ']');
    ReportInput const input("deep.json", deep);
    auto const walked = walk_json(input, {{"x"}}, [](JsonCapture const&) -> Result<void> { return ok(); });
    ASSERT_FALSE(walked);
    EXPECT_NE(walked.error().message().find("nested deeper"), std::string::npos);
}

TEST(JsonStream, TopLevelStopsWhenEnough)
{
    ReportInput const input("top.json", R"({"SchemaVersion": 2, "Results": [ broken )");
    auto const top = read_json_top_level(input, [](JsonTopLevel const& seen) { return seen.has("SchemaVersion"); });
    ASSERT_TRUE(top) << top.error().to_string();
    EXPECT_TRUE(top->is_object);
    EXPECT_EQ(top->value_of("SchemaVersion"), "2");
}

} // namespace
} // namespace bolwerk::importers::findings
