#include "support/catalog_files.hpp"
#include "support/cli_test.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::testing {
namespace {

// Our fixtures: BIO2 deel 2 in the v1.2 and v1.3 layouts as versions 0.2 and 0.3, and
// CISO Assistant libraries numbered like ISO/IEC 27001 (tests/fixtures/catalogs).
std::string const v02 = fixture_catalog("minbzk/maatregelen-v1.2-layout.md");
std::string const v03 = fixture_catalog("minbzk/maatregelen-v1.3-layout.md");

/// Runs `bolwerk` against a fresh SQLite file, as a user would.
class CatalogCli : public CliTest {
protected:
    CatalogCli()
        : CliTest("catalog")
    {
    }
};

TEST_F(CatalogCli, ImportsDiffsShowsAndExports)
{
    ASSERT_EQ(run({"catalog", "import", v03}), 0) << m_err.str();
    EXPECT_NE(m_out.str().find("imported bio2@0.3 (16 entries)"), std::string::npos) << m_out.str();
    ASSERT_EQ(run({"catalog", "import", v02, "--json"}), 0) << m_err.str();
    EXPECT_EQ(json_out()["report"]["counts"]["substantive"], 11);

    ASSERT_EQ(run({"catalog", "diff", "bio2@0.2", "bio2@0.3", "--json"}), 0) << m_err.str();
    auto const diff = json_out();
    EXPECT_EQ(diff["added"].size(), 3u);
    EXPECT_EQ(diff["moved"].size(), 2u);
    EXPECT_EQ(diff["withdrawn"].size(), 1u);
    EXPECT_EQ(diff["reworded"].size(), 3u);
    EXPECT_EQ(diff["unchanged"].size(), 5u);

    ASSERT_EQ(run({"catalog", "show", "8.16.3", "--version", "0.3", "--json"}), 0) << m_err.str();
    EXPECT_EQ(json_out()["number"], "8.16.03");
    EXPECT_EQ(json_out()["annex_a"], "A.8.16");

    ASSERT_EQ(run({"catalog", "list", "--json"}), 0) << m_err.str();
    EXPECT_EQ(json_out()["imported"].size(), 2u);

    ASSERT_EQ(run({"catalog", "export", "--format", "oscal-json", "--version", "bio2@0.2"}), 0) << m_err.str();
    EXPECT_EQ(json_out()["catalog"]["groups"].size(), 4u);
}

TEST_F(CatalogCli, ImportsCsvWithItsMapping)
{
    ASSERT_EQ(run({"catalog", "import", fixture_catalog("csv/maatregelen-excel-layout.csv"), "--mapping",
                  fixture_catalog("csv/maatregelen-excel-layout.mapping"), "--as", "bio2@0.4", "--json"}),
        0)
        << m_err.str();
    EXPECT_EQ(json_out()["report"]["counts"]["substantive"], 4);
    ASSERT_EQ(run({"catalog", "show", "8.16.03", "--version", "0.4", "--json"}), 0) << m_err.str();
    EXPECT_EQ(json_out()["number"], "8.16.03");
}

TEST_F(CatalogCli, InspectsFrameworksAndChecksTheIsoMapping)
{
    ASSERT_EQ(run({"catalog", "inspect", fixture_catalog("ciso-assistant/iso27001-2022-layout.yaml")}), 0)
        << m_err.str();
    EXPECT_EQ(json_out()["framework"]["assessable"], 5);
    ASSERT_EQ(run({"catalog", "inspect", fixture_catalog("oscal/catalog.xml")}), 0) << m_err.str();
    EXPECT_EQ(json_out()["framework"]["nodes_per_depth"]["1"], 2);
    EXPECT_EQ(json_out()["framework"]["nodes_per_depth"]["2"], 3);

    ASSERT_EQ(run({"catalog", "mapping", fixture_catalog("mappings/mapping-2013-to-2022-layout.yaml"),
                  fixture_catalog("ciso-assistant/iso27001-2013-layout.yaml"),
                  fixture_catalog("ciso-assistant/iso27001-2022-layout.yaml"), "--json"}),
        0)
        << m_err.str();
    auto const gaps = json_out();
    EXPECT_EQ(gaps["mappings"], 6);
    EXPECT_EQ(gaps["unmapped_sources"].size(), 1u);
    EXPECT_EQ(gaps["targets_without_source"].size(), 1u);
    EXPECT_EQ(gaps["unresolved"].size(), 1u);
}

TEST_F(CatalogCli, ErrorsBecomeExitCodes)
{
    EXPECT_EQ(run({"catalog", "show", "5.25.02"}), 65); // not found in bio2@1.3
    EXPECT_EQ(run({"catalog", "show", "vijf"}), 65);
    EXPECT_EQ(run({"catalog", "import", "http://example.org/x.md"}), 65);
    EXPECT_EQ(run({"catalog", "import", "https://127.0.0.1:1/x.md"}), 69);
    EXPECT_EQ(run({"catalog", "export", "--format", "pdf"}), 65);
    EXPECT_EQ(run({"catalog", "diff", "bio2@1.2"}), 2);
    ASSERT_EQ(run({"catalog", "import", v03}), 0);
    EXPECT_EQ(run({"catalog", "import", v03}), 65); // conflict
    EXPECT_NE(m_err.str().find("already been imported"), std::string::npos);
}

} // namespace
} // namespace bolwerk::testing
