#include "cli/command.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace bolwerk::cli {
namespace {

// The risk commands end to end against a SQLite file in a fresh directory.
class RiskCommandTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_directory = std::filesystem::temp_directory_path() / ("bolwerk-risk-cli-" + std::to_string(getpid()));
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

    std::filesystem::path m_directory;
    std::ostringstream m_out;
    std::ostringstream m_err;
    FixedClock m_clock{std::chrono::sys_days{std::chrono::November / 25 / 2026}};
};

TEST_F(RiskCommandTest, RegisterAcceptAndSeeItOnTheHeatMap)
{
    ASSERT_EQ(run({"system", "add", "--org", "1", "--name", "Zaaksysteem", "--owner", "Burgerzaken",
                  "--confidentiality", "hoog", "--internet-facing"}),
        0)
        << m_err.str();
    ASSERT_EQ(
        run({"risk", "add", "--org", "1", "--title", "Ransomware", "--owner", "CIO", "--likelihood", "4", "--impact",
            "financieel=4,vertrouwen=5", "--measure", "Offline back-ups", "--residual", "3,4", "--json"}),
        0)
        << m_err.str();
    auto const risk = nlohmann::json::parse(m_out.str());
    EXPECT_EQ(risk["inherent"]["level"], "zeer_hoog");
    EXPECT_EQ(risk["residual"]["level"], "hoog");

    EXPECT_EQ(run({"risk", "accept", "--org", "1", "--risk", "1", "--by", "P. Eigenaar", "--authority",
                  "proceseigenaar", "--until", "2027-03-01", "--reason", "Back-up hersteltest gepland in Q1 2027"}),
        77);
    EXPECT_EQ(run({"risk", "accept", "--org", "1", "--risk", "1", "--by", "B. Bestuurder", "--authority", "bestuurder",
                  "--until", "2027-03-01", "--reason", "Back-up hersteltest gepland in Q1 2027"}),
        0)
        << m_err.str();

    ASSERT_EQ(run({"risk", "heatmap", "--org", "1", "--residual", "--format", "svg"}), 0);
    EXPECT_NE(m_out.str().find("<svg"), std::string::npos);
    EXPECT_NE(m_out.str().find("na behandeling"), std::string::npos);
    ASSERT_EQ(run({"risk", "heatmap", "--org", "1", "--json"}), 0);
    EXPECT_EQ(nlohmann::json::parse(m_out.str())["counts"][3][4], 1);

    ASSERT_EQ(run({"risk", "tasks", "--org", "1", "--json"}), 0);
    auto const tasks = nlohmann::json::parse(m_out.str());
    ASSERT_EQ(tasks.size(), 1u); // the system still needs its first analysis (BIO2 5.08.01)
    EXPECT_EQ(tasks[0]["kind"], "analyse_new_system");
}

// BIO2 Deel 1 §16: --waive names a measure the acceptance relies on waiving; a
// substantive overheidsmaatregel (5.17.01 in the built-in bio2@1.3) is refused.
TEST_F(RiskCommandTest, AcceptanceWaivesNoSubstantiveGovernmentMeasure)
{
    ASSERT_EQ(run({"risk", "add", "--org", "1", "--title", "Datalek", "--owner", "CIO", "--likelihood", "2", "--impact",
                  "imago=3", "--controls", "5.17"}),
        0)
        << m_err.str();
    std::vector<std::string> const accept{"risk", "accept", "--org", "1", "--risk", "1", "--by", "P. Eigenaar",
        "--authority", "proceseigenaar", "--until", "2027-03-01", "--reason", "Migratie naar nieuw systeem in Q1 2027",
        "--json", "--waive", "5.3.1"};
    auto refused = accept;
    refused.insert(refused.end(), {"--waive", "5.17.01"});
    EXPECT_EQ(run(refused), 65);
    EXPECT_NE(m_err.str().find("BIO2 Deel 1"), std::string::npos) << m_err.str();
    ASSERT_EQ(run(accept), 0) << m_err.str();
    EXPECT_EQ(nlohmann::json::parse(m_out.str())["waived_measures"], nlohmann::json::array({"5.03.01"}));
}

TEST_F(RiskCommandTest, ExportedCsvImportsAgainAndBadRowsImportNothing)
{
    ASSERT_EQ(run({"risk", "add", "--org", "1", "--title", "Phishing, \"spear\"", "--owner", "CIO", "--likelihood", "3",
                  "--impact", "imago=3", "--controls", "5.17,5.17.01"}),
        0)
        << m_err.str();
    ASSERT_EQ(run({"risk", "export", "--org", "1", "--out", path("risks.csv")}), 0) << m_err.str();
    ASSERT_EQ(run({"risk", "import", "--org", "1", path("risks.csv")}), 0) << m_err.str();
    ASSERT_EQ(run({"risk", "list", "--org", "1", "--json"}), 0);
    auto const risks = nlohmann::json::parse(m_out.str());
    ASSERT_EQ(risks.size(), 2u);
    EXPECT_EQ(risks[1]["title"], "Phishing, \"spear\"");
    EXPECT_EQ(risks[1]["existing_controls"].size(), 2u);

    std::ofstream(path("bad.csv")) << "title,owner,inherent_likelihood,impact_imago,treatment\nGoed,CIO,2,2,"
                                      "accepteren\nFout,CIO,zes,2,accepteren\n";
    EXPECT_EQ(run({"risk", "import", "--org", "1", path("bad.csv")}), 65);
    EXPECT_NE(m_err.str().find("bad.csv:3: field 'inherent_likelihood'"), std::string::npos) << m_err.str();
    ASSERT_EQ(run({"risk", "list", "--org", "1", "--json"}), 0);
    EXPECT_EQ(nlohmann::json::parse(m_out.str()).size(), 2u);

    ASSERT_EQ(run({"risk", "import", "--org", "1", path("bad.csv"), "--skip-invalid", "--json"}), 0);
    auto const report = nlohmann::json::parse(m_out.str());
    EXPECT_EQ(report["imported"], 1);
    EXPECT_EQ(report["rejected"].size(), 1u);
}

TEST_F(RiskCommandTest, XlsxExportNeedsAFileAndUnknownOrganisationIsNotFound)
{
    EXPECT_EQ(run({"risk", "export", "--org", "1", "--format", "xlsx"}), 2);
    ASSERT_EQ(run({"risk", "export", "--org", "1", "--format", "xlsx", "--out", path("r.xlsx")}), 0) << m_err.str();
    EXPECT_TRUE(std::filesystem::exists(path("r.xlsx")));
    EXPECT_EQ(run({"risk", "list", "--org", "99"}), 65);
    EXPECT_EQ(run({"risk", "list", "--org", "x"}), 2);
}

TEST_F(RiskCommandTest, MethodologyRoundTripsThroughJson)
{
    ASSERT_EQ(run({"risk", "methodology", "--org", "1"}), 0);
    auto methodology = nlohmann::json::parse(m_out.str());
    EXPECT_EQ(methodology["version"], 0);
    methodology["max_acceptance_days"] = 180;
    std::ofstream(path("m.json")) << methodology.dump();
    ASSERT_EQ(run({"risk", "methodology", "--org", "1", "--set", path("m.json")}), 0) << m_err.str();
    ASSERT_EQ(run({"risk", "methodology", "--org", "1"}), 0);
    EXPECT_EQ(nlohmann::json::parse(m_out.str())["max_acceptance_days"], 180);
    std::ofstream(path("broken.json")) << R"({"likelihood": 3})";
    EXPECT_EQ(run({"risk", "methodology", "--org", "1", "--set", path("broken.json")}), 65);
    EXPECT_NE(m_err.str().find("likelihood"), std::string::npos);
}

} // namespace
} // namespace bolwerk::cli
