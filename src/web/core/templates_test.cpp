#include "web/core/templates.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <vector>

namespace bolwerk::web {
namespace {

class TemplatesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_directory = std::filesystem::temp_directory_path()
            / ("bolwerk-templates-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
        std::filesystem::create_directories(m_directory);
        std::ofstream(m_directory / "alert.mustache")
            << "{{#problem}}<div role=\"alert\">{{problem}}</div>{{/problem}}{{^problem}}ok{{/problem}}[{{name}}]";
        std::vector<std::filesystem::path> const directories{m_directory};
        auto loaded = Templates::load(directories);
        ASSERT_TRUE(loaded) << loaded.error().to_string();
        m_templates = std::move(loaded).value();
    }
    void TearDown() override { std::filesystem::remove_all(m_directory); }

    std::filesystem::path m_directory;
    std::unique_ptr<Templates> m_templates;
};

// An empty string is false in a section, as in JavaScript mustache: an empty problem
// must not render an empty alert (an empty description no dangling " – ").
TEST_F(TemplatesTest, AnEmptyStringIsFalseAndRendersAsNothing)
{
    EXPECT_EQ(m_templates->render("alert", {{"problem", ""}, {"name", ""}}).value(), "ok[]");
    EXPECT_EQ(m_templates->render("alert", {{"problem", "Fout <b>"}, {"name", "x"}}).value(),
        "<div role=\"alert\">Fout &lt;b&gt;</div>[x]");
    EXPECT_EQ(m_templates->render("alert", {{"problem", nullptr}, {"name", "x"}}).value(), "ok[x]");
}

} // namespace
} // namespace bolwerk::web
