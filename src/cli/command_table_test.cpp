#include "cli/command.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>
#include <unistd.h>

namespace bolwerk::cli {
namespace {

// Runs the CLI in-process against a SQLite file in a fresh temporary directory.
class CliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_directory = std::filesystem::temp_directory_path()
            / ("bolwerk-cli-" + std::to_string(getpid()) + "-" + std::to_string(m_counter++));
        std::filesystem::create_directories(m_directory);
    }
    void TearDown() override { std::filesystem::remove_all(m_directory); }

    int run(std::vector<std::string> words)
    {
        words.insert(words.begin(), {"--database", "sqlite:" + (m_directory / "test.db").string()});
        m_out.str("");
        m_err.str("");
        return run_cli(words, m_out, m_err, m_clock);
    }

    std::filesystem::path m_directory;
    std::ostringstream m_out;
    std::ostringstream m_err;
    FixedClock m_clock{Timestamp{std::chrono::seconds{1'790'000'000}}};
    static inline int m_counter = 0;
};

TEST_F(CliTest, HelpListsEveryCommandFromTheTable)
{
    EXPECT_EQ(run({"--help"}), 0);
    for (auto const& command : command_table())
        EXPECT_NE(m_out.str().find(command.name), std::string::npos) << command.name;
}

TEST_F(CliTest, TypoGetsSuggestionAndUsageExitCode)
{
    EXPECT_EQ(run({"migrat"}), 2);
    EXPECT_NE(m_err.str().find("did you mean 'migrate'"), std::string::npos) << m_err.str();
    EXPECT_EQ(run({"org", "lst"}), 2);
    EXPECT_NE(m_err.str().find("did you mean 'org list'"), std::string::npos) << m_err.str();
    EXPECT_EQ(run({}), 2);
}

TEST_F(CliTest, ErrorsAreOneLineOnStderr)
{
    EXPECT_EQ(run({"org", "create", "--name", "X", "--kind", "dorp"}), 65);
    auto const error = m_err.str();
    EXPECT_EQ(std::count(error.begin(), error.end(), '\n'), 1) << error;
    EXPECT_NE(error.find("field 'kind'"), std::string::npos) << error;
    EXPECT_TRUE(m_out.str().empty());
}

TEST_F(CliTest, CreateListShowRoundTripInJson)
{
    ASSERT_EQ(run({"org", "create", "--name", "Waterschap Rivierenland", "--kind", "waterschap", "--oin",
                  "00000001234567890123", "--json"}),
        0)
        << m_err.str();
    auto const created = nlohmann::json::parse(m_out.str());
    auto const id = created["id"].get<std::int64_t>();
    EXPECT_EQ(created["kind"], "waterschap");

    ASSERT_EQ(run({"org", "show", std::to_string(id), "--json"}), 0) << m_err.str();
    auto const shown = nlohmann::json::parse(m_out.str());
    EXPECT_EQ(shown["name"], "Waterschap Rivierenland");
    EXPECT_EQ(shown["oin"], "00000001234567890123");
    EXPECT_EQ(shown["created_at"], "2026-09-21T14:13:20.000000Z");

    ASSERT_EQ(run({"--json", "org", "list"}), 0);
    EXPECT_EQ(nlohmann::json::parse(m_out.str()).size(), 1u);
}

TEST_F(CliTest, DuplicateNameIsAConflict)
{
    ASSERT_EQ(run({"org", "create", "--name", "Provincie Zeeland", "--kind", "provincie"}), 0);
    EXPECT_EQ(run({"org", "create", "--name", "Provincie Zeeland", "--kind", "provincie"}), 65);
    EXPECT_NE(m_err.str().find("already exists"), std::string::npos) << m_err.str();
}

TEST_F(CliTest, ShowUnknownIdIsNotFoundAndBadIdIsUsage)
{
    EXPECT_EQ(run({"org", "show", "999"}), 65);
    EXPECT_NE(m_err.str().find("does not exist"), std::string::npos);
    EXPECT_EQ(run({"org", "show", "abc"}), 2);
}

TEST_F(CliTest, DemoIsIdempotentAndLeavesAnIntactAuditTrail)
{
    ASSERT_EQ(run({"demo", "--json"}), 0) << m_err.str();
    auto const first = nlohmann::json::parse(m_out.str());
    EXPECT_TRUE(first["created"].get<bool>());
    ASSERT_EQ(first["accounts"].size(), 5U) << "beheerder, auditor, medewerker, ciso, bestuurder";
    EXPECT_GE(first["accounts"][0]["password"].get<std::string>().size(), 12U) << "generated, not fixed";
    ASSERT_EQ(run({"demo", "--json"}), 0);
    auto const second = nlohmann::json::parse(m_out.str());
    EXPECT_FALSE(second["created"].get<bool>());
    EXPECT_TRUE(second["accounts"].empty()) << "passwords are shown only when created";
    // Issue 6: the risk picture of Gemeente Voorbeeld, made once.
    auto const organisation = first["organisation_id"].get<std::int64_t>();
    ASSERT_EQ(run({"risk", "list", "--org", std::to_string(organisation), "--json"}), 0) << m_err.str();
    EXPECT_EQ(nlohmann::json::parse(m_out.str()).size(), 20U);
    ASSERT_EQ(run({"risk", "tasks", "--org", std::to_string(organisation), "--json"}), 0) << m_err.str();
    auto const tasks = m_out.str();
    EXPECT_NE(tasks.find("review_overdue"), std::string::npos) << tasks;
    EXPECT_NE(tasks.find("acceptance_missing"), std::string::npos);
    ASSERT_EQ(run({"audit", "verify", "--json"}), 0) << m_out.str();
    auto const verification = nlohmann::json::parse(m_out.str());
    EXPECT_TRUE(verification["intact"].get<bool>());
    EXPECT_GE(verification["chains"].size(), 2U) << "the system chain and the demo organisations' chains";
}

TEST_F(CliTest, MigrateReportsVersionsAndIsIdempotent)
{
    ASSERT_EQ(run({"migrate", "--json"}), 0) << m_err.str();
    auto const first = nlohmann::json::parse(m_out.str());
    EXPECT_EQ(first["version_before"], 0);
    EXPECT_GE(first["version_after"].get<int>(), 1);
    ASSERT_EQ(run({"migrate", "--json"}), 0);
    EXPECT_TRUE(nlohmann::json::parse(m_out.str())["applied"].empty());
}

TEST_F(CliTest, UnreachableDatabaseIsUnavailable)
{
    std::vector<std::string> words{"--database", "sqlite:/nonexistent-dir/x.db", "org", "list"};
    EXPECT_EQ(run_cli(words, m_out, m_err, m_clock), 69) << m_err.str();
    std::vector<std::string> secret{"--database", "postgresql://u:geheim@127.0.0.1:1/x", "org", "list"};
    EXPECT_EQ(run_cli(secret, m_out, m_err, m_clock), 65);
    EXPECT_EQ(m_err.str().find("geheim"), std::string::npos);
}

} // namespace
} // namespace bolwerk::cli
