#include "common/json_text.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace bolwerk {
namespace {

TEST(JsonText, WritesCompactOrIndented)
{
    nlohmann::json const value{{"a", 1}};
    EXPECT_EQ(json_text(value), R"({"a":1})");
    EXPECT_EQ(json_text(value, JsonLayout::Indented), "{\n  \"a\": 1\n}");
}

TEST(JsonText, ReplacesInvalidUtf8InsteadOfThrowing)
{
    // nlohmann::json::dump() throws type_error.316 on each of these.
    for (std::string const bad : {"\xFF\xFE", "\xC0\xAF", "\xED\xA0\x80", "\xE2\x82"}) {
        nlohmann::json const value{{"name", "x" + bad}};
        EXPECT_THROW((void)value.dump(), nlohmann::json::type_error);
        auto const text = json_text(value);
        EXPECT_TRUE(text.starts_with(R"({"name":"x)")) << text;
        EXPECT_NE(text.find("\xEF\xBF\xBD"), std::string::npos) << text;
        EXPECT_FALSE(nlohmann::json::parse(text, nullptr, false).is_discarded());
    }
}

} // namespace
} // namespace bolwerk
