#include "support/catalog_files.hpp"
#include "support/cli_test.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::testing {
namespace {

/// Runs `bolwerk assessment …` against a fresh SQLite file, as a user would.
class AssessmentCli : public CliTest {
protected:
    AssessmentCli()
        : CliTest("assessment", Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 11 / 25}})
    {
    }
};

TEST_F(AssessmentCli, DemoHasAPartlyCompletedAssessmentWithATrend)
{
    ASSERT_EQ(run({"demo"}), 0) << m_err.str();
    EXPECT_NE(m_out.str().find("partly completed assessment against bio2@1.3"), std::string::npos) << m_out.str();
    ASSERT_EQ(run({"--json", "assessment", "show", "--org", "1"}), 0) << m_err.str();
    auto const assessment = json_out();
    EXPECT_EQ(assessment["catalog"], "bio2@1.3");
    EXPECT_EQ(assessment["controls"].size(), 93U);
    std::map<std::string, int> statuses;
    int excluded = 0;
    int without_reference = 0;
    int overdue = 0;
    int werking = 0;
    for (auto const& control : assessment["controls"]) {
        if (!control["applicable"].get<bool>()) {
            ++excluded;
            EXPECT_FALSE(control["justification"].get<std::string>().empty());
            without_reference += control["reference"].is_null() ? 1 : 0;
        }
    }
    for (auto const& answer : assessment["measures"]) {
        ++statuses[answer["status"].get<std::string>()];
        if (answer["target_date"].is_string() && answer["target_date"].get<std::string>() < "2026-11-25")
            ++overdue;
        werking += answer["werking"]["result"] == "compliant" ? 1 : 0;
        EXPECT_FALSE(answer["owner"].get<std::string>().empty());
    }
    EXPECT_EQ(excluded, 4);
    EXPECT_EQ(without_reference, 1);
    for (auto const* status : {"not_started", "in_progress", "implemented", "not_applicable"})
        EXPECT_GT(statuses[status], 0) << status;
    EXPECT_GT(overdue, 0);
    EXPECT_GT(werking, 10);
    EXPECT_LT(assessment["measures"].size(), 118U); // partly completed

    ASSERT_EQ(run({"--json", "assessment", "snapshots", "--org", "1"}), 0);
    auto const snapshots = json_out();
    ASSERT_EQ(snapshots.size(), 2U);
    EXPECT_EQ(snapshots[0]["label"], "Q2 2026");
    EXPECT_EQ(snapshots[1]["label"], "Q3 2026");
    ASSERT_EQ(run({"assessment", "compare", "--org", "1", "--from", "Q2 2026", "--to", "Q3 2026"}), 0);
    EXPECT_NE(m_out.str().find("status: in_progress -> implemented"), std::string::npos);

    // Evidence for the measures, in every expiry state.
    ASSERT_EQ(run({"evidence", "list", "--org", "1"}), 0) << m_err.str();
    auto const evidence = m_out.str();
    EXPECT_NE(evidence.find("5.17.01 (bestaan)"), std::string::npos) << evidence;
    EXPECT_NE(evidence.find("8.13.01 (werking)"), std::string::npos) << evidence;
    EXPECT_NE(evidence.find("verloopt_binnenkort"), std::string::npos) << evidence;
    EXPECT_NE(evidence.find("verlopen"), std::string::npos) << evidence;

    // Running the demo again changes nothing.
    ASSERT_EQ(run({"evidence", "list", "--org", "1"}), 0);
    auto const evidence_before = m_out.str();
    ASSERT_EQ(run({"--json", "assessment", "show", "--org", "1"}), 0);
    auto const before = m_out.str();
    ASSERT_EQ(run({"demo"}), 0) << m_err.str();
    ASSERT_EQ(run({"--json", "assessment", "show", "--org", "1"}), 0);
    EXPECT_EQ(m_out.str(), before);
    ASSERT_EQ(run({"evidence", "list", "--org", "1"}), 0);
    EXPECT_EQ(m_out.str(), evidence_before);
}

TEST_F(AssessmentCli, SetFreezeMigrateAndCompare)
{
    // Our fixtures as versions 0.2 and 0.3: 5.04.02 moves to 5.10.02 (tests/fixtures/catalogs).
    ASSERT_EQ(run({"catalog", "import", fixture_catalog("minbzk/maatregelen-v1.2-layout.md")}), 0) << m_err.str();
    ASSERT_EQ(run({"catalog", "import", fixture_catalog("minbzk/maatregelen-v1.3-layout.md")}), 0) << m_err.str();
    ASSERT_EQ(run({"org", "create", "--name", "Gemeente Test", "--kind", "gemeente"}), 0) << m_err.str();
    ASSERT_EQ(run({"assessment", "start", "--org", "1", "--catalog", "0.2"}), 0) << m_err.str();
    ASSERT_EQ(run({"assessment", "set-control", "--org", "1", "8.30", "--excluded", "--justification",
                  "Geen ontwikkeling", "--reference", "document:RA-1"}),
        0)
        << m_err.str();
    ASSERT_EQ(run({"assessment", "set-measure", "--org", "1", "5.4.2", "--status", "geïmplementeerd", "--owner", "CISO",
                  "--maturity", "3", "--opzet", "voldoet,2026-06-01,Auditteam"}),
        0)
        << m_err.str();
    // Flags not given keep their value; a werking without bestaan is refused (exit 65).
    EXPECT_EQ(run({"assessment", "set-measure", "--org", "1", "5.04.02", "--werking", "voldoet,2026-07-01,A"}), 65);
    EXPECT_NE(m_err.str().find("bestaan"), std::string::npos) << m_err.str();
    EXPECT_EQ(run({"assessment", "set-measure", "--org", "1", "5.04.02", "--owner", "Teamleider ICT",
                  "--expect-version", "7"}),
        65);
    ASSERT_EQ(run({"assessment", "freeze", "--org", "1", "--label", "Q4 2026"}), 0) << m_err.str();

    ASSERT_EQ(run({"--json", "assessment", "migrate", "--org", "1", "--to", "0.3"}), 0) << m_err.str();
    auto const migrated = json_out();
    EXPECT_EQ(migrated["to"], "bio2@0.3");
    ASSERT_EQ(migrated["to_review"].size(), 1U);
    EXPECT_EQ(migrated["to_review"][0]["measure"], "5.10.02");

    ASSERT_EQ(run({"assessment", "show", "--org", "1"}), 0);
    EXPECT_NE(m_out.str().find("5.10.02"), std::string::npos) << m_out.str();
    EXPECT_NE(m_out.str().find("review"), std::string::npos);
    ASSERT_EQ(run({"assessment", "compare", "--org", "1", "--from", "Q4 2026"}), 0) << m_err.str();
    EXPECT_NE(m_out.str().find("catalog bio2@0.2 -> bio2@0.3"), std::string::npos) << m_out.str();
    EXPECT_NE(m_out.str().find("measure 5.04.02 removed"), std::string::npos) << m_out.str();
    EXPECT_NE(m_out.str().find("measure 5.10.02 added"), std::string::npos) << m_out.str();
    EXPECT_EQ(run({"assessment", "show", "--org", "99"}), 65);
}

} // namespace
} // namespace bolwerk::testing
