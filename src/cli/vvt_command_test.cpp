#include "cli/command.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace bolwerk::cli {
namespace {

// The `vvt` commands end to end against a SQLite file in a fresh directory.
class VvtCommandTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_directory = std::filesystem::temp_directory_path() / ("bolwerk-vvt-cli-" + std::to_string(getpid()));
        std::filesystem::remove_all(m_directory);
        std::filesystem::create_directories(m_directory);
        ASSERT_EQ(run({"org", "create", "--name", "Gemeente Test", "--kind", "gemeente"}), 0) << m_err.str();
    }
    void TearDown() override { std::filesystem::remove_all(m_directory); }

    int run(std::vector<std::string> words)
    {
        words.insert(words.begin(), {"--database", "sqlite:" + (m_directory / "test.db").string()});
        m_out.str("");
        m_err.str("");
        return run_cli(words, m_out, m_err, m_clock);
    }

    std::string path(char const* name) const { return (m_directory / name).string(); }

    void write(char const* name, std::string const& content) const { std::ofstream(path(name)) << content; }

    std::string read(char const* name) const
    {
        std::ifstream file(path(name), std::ios::binary);
        std::stringstream content;
        content << file.rdbuf();
        return content.str();
    }

    std::filesystem::path m_directory;
    std::ostringstream m_out;
    std::ostringstream m_err;
    FixedClock m_clock{std::chrono::sys_days{std::chrono::November / 25 / 2026}};
};

TEST_F(VvtCommandTest, ScopeFreezeApprovePublishAndExport)
{
    write("scope.json", R"({"statement": "Alles", "processes": [{"name": "Burgerzaken"}],
        "exclusions": [{"subject": "Sportbedrijf", "reason": "Eigen ISMS"}]})");
    ASSERT_EQ(run({"vvt", "scope", "set", "--org", "1", path("scope.json")}), 0) << m_err.str();
    ASSERT_EQ(run({"vvt", "scope", "show", "--org", "1"}), 0);
    EXPECT_EQ(nlohmann::json::parse(m_out.str())["version"], 1);
    EXPECT_EQ(run({"vvt", "scope", "set", "--org", "1", "--expected-version", "0", path("scope.json")}), 65)
        << "a stale version is a conflict";

    ASSERT_EQ(run({"--json", "vvt", "freeze", "--org", "1"}), 0) << m_err.str();
    EXPECT_EQ(nlohmann::json::parse(m_out.str())["number"], 1);
    EXPECT_NE(run({"vvt", "publish", "--org", "1", "--version", "1"}), 0) << "not approved, publication off";
    ASSERT_EQ(run({"vvt", "approve", "--org", "1", "--version", "1"}), 0) << m_err.str();
    EXPECT_EQ(run({"vvt", "approve", "--org", "1", "--version", "1"}), 65);
    ASSERT_EQ(run({"vvt", "publication", "--org", "1", "--on"}), 0) << m_err.str();
    ASSERT_EQ(run({"vvt", "publish", "--org", "1", "--version", "1"}), 0) << m_err.str();
    EXPECT_NE(m_out.str().find("version 1 published"), std::string::npos) << m_out.str();
    ASSERT_EQ(run({"--json", "vvt", "versions", "--org", "1"}), 0);
    auto const versions = nlohmann::json::parse(m_out.str());
    EXPECT_EQ(versions[0]["published"], true);
    EXPECT_TRUE(versions[0]["approved_by"].get<std::string>().starts_with("operator:")) << versions.dump();

    ASSERT_EQ(run({"vvt", "export", "--org", "1", "--format", "json", "--version", "1"}), 0) << m_err.str();
    EXPECT_EQ(nlohmann::json::parse(m_out.str())["header"]["status"], "approved");
    ASSERT_EQ(run({"vvt", "export", "--org", "1", "--format", "xlsx", "--out", path("vvt.xlsx")}), 0) << m_err.str();
    EXPECT_TRUE(read("vvt.xlsx").starts_with("PK"));
    EXPECT_EQ(run({"vvt", "export", "--org", "1", "--format", "docx"}), 65);

    ASSERT_EQ(run({"vvt", "unpublish", "--org", "1"}), 0) << m_err.str();
    EXPECT_EQ(run({"vvt", "unpublish", "--org", "1"}), 65);
}

TEST_F(VvtCommandTest, DiffNamesWhatChanged)
{
    write("scope.json", R"({"processes": [{"name": "Burgerzaken"}]})");
    ASSERT_EQ(run({"vvt", "scope", "set", "--org", "1", path("scope.json")}), 0) << m_err.str();
    ASSERT_EQ(run({"vvt", "freeze", "--org", "1"}), 0);
    write("scope.json", R"({"processes": [{"name": "Burgerzaken"}, {"name": "Vergunningen"}]})");
    ASSERT_EQ(run({"vvt", "scope", "set", "--org", "1", path("scope.json")}), 0) << m_err.str();
    ASSERT_EQ(run({"vvt", "freeze", "--org", "1"}), 0);
    ASSERT_EQ(run({"vvt", "diff", "--org", "1", "--version", "2"}), 0) << m_err.str();
    EXPECT_NE(m_out.str().find("added scope process:Vergunningen"), std::string::npos) << m_out.str();
}

} // namespace
} // namespace bolwerk::cli
