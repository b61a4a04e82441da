#include "report/risk/risk_register_export.hpp"

#include "importers/risk/risk_csv.hpp"
#include "importers/xlsx/xlsx_workbook.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace bolwerk::report {
namespace {

domain::Risk sample_risk()
{
    using namespace std::chrono;
    domain::Risk risk;
    risk.id = RiskId(42);
    risk.title = "Datalek, \"groot\"";
    risk.owner = "CISO";
    risk.systems = {InformationSystemId(3), InformationSystemId(4)};
    risk.inherent_impacts = {{"financieel", 4}};
    risk.inherent = {3, 4, domain::RiskLevel::Hoog};
    risk.residual = domain::RiskScore{2, 2, domain::RiskLevel::Midden};
    risk.existing_controls = {"5.17", "8.08.01"};
    risk.planned_measures = {{"Versleutelen", "Beheer", sys_days{2027y / March / 1}, false}};
    risk.review_due = sys_days{2027y / June / 30};
    return risk;
}

TEST(RiskRegisterExport, CsvHasTheImportColumnsAndQuotesText)
{
    auto const methodology = domain::RiskMethodology::standard();
    auto const csv = risk_register_csv(methodology, {sample_risk()});
    auto const header_end = csv.find("\r\n");
    auto const header = csv.substr(0, header_end);
    EXPECT_EQ(header.substr(0, 46), "id,title,threat,vulnerability,owner,systems,in");
    EXPECT_NE(header.find("impact_financieel"), std::string::npos);
    auto const row = csv.substr(header_end + 2);
    EXPECT_EQ(row.substr(0, 26), "42,\"Datalek, \"\"groot\"\"\",,,");
    EXPECT_NE(row.find(",3;4,3,"), std::string::npos);
    EXPECT_NE(
        row.find("5.17;8.08.01,verminderen,Versleutelen,Beheer,2027-03-01,2,2,midden,2027-06-30"), std::string::npos)
        << row;
}

// Issue #10 item 5: text a spreadsheet would run as a formula, typed by anyone who may
// edit a risk.
domain::Risk formula_risk()
{
    auto risk = sample_risk();
    risk.title = "=HYPERLINK(\"http://evil.example\",\"x\")";
    risk.owner = "@SUM(1+1)*cmd|' /C calc'!A0";
    risk.threat = "+31 6 12345678";
    risk.vulnerability = "-2+3";
    risk.planned_measures = {{"-handmatig", "'=al bewaakt", std::nullopt, false}};
    return risk;
}

TEST(RiskRegisterExport, CsvGuardsFormulaCellsAndTheImporterRestoresThem)
{
    auto const methodology = domain::RiskMethodology::standard();
    auto const risk = formula_risk();
    auto const csv = risk_register_csv(methodology, {risk});
    auto const row = csv.substr(csv.find("\r\n") + 2);
    EXPECT_TRUE(
        row.starts_with("42,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'+31 6 12345678,'-2+3,'@SUM"))
        << row;
    EXPECT_NE(row.find(",'-handmatig,''=al bewaakt,"), std::string::npos) << row;
    auto const content = importers::read_risk_csv(csv, "risicos.csv");
    ASSERT_TRUE(content) << content.error().to_string();
    ASSERT_EQ(content->rows.size(), 1U) << (content->rejected.empty() ? "" : content->rejected[0].to_string());
    auto const& draft = content->rows[0].draft;
    EXPECT_EQ(draft.title, risk.title);
    EXPECT_EQ(draft.owner, risk.owner);
    EXPECT_EQ(draft.threat, risk.threat);
    EXPECT_EQ(draft.vulnerability, risk.vulnerability);
    ASSERT_EQ(draft.planned_measures.size(), 1U);
    EXPECT_EQ(draft.planned_measures[0].description, "-handmatig");
    EXPECT_EQ(draft.planned_measures[0].owner, "'=al bewaakt");
}

TEST(RiskRegisterExport, XlsxWritesFormulaLikeTextAsStrings)
{
    auto const path
        = std::filesystem::temp_directory_path() / ("bolwerk-formula-" + std::to_string(getpid()) + ".xlsx");
    auto const risk = formula_risk();
    auto const written = write_risk_register_xlsx(path.string(), domain::RiskMethodology::standard(), {risk});
    ASSERT_TRUE(written) << written.error().to_string();
    std::ifstream file(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    std::filesystem::remove(path);
    auto const workbook = importers::xlsx::XlsxWorkbook::open(bytes, "risicos.xlsx");
    ASSERT_TRUE(workbook) << workbook.error().to_string();
    auto const sheet = workbook->sheet("Risico's");
    ASSERT_TRUE(sheet) << sheet.error().to_string();
    ASSERT_GE(sheet->rows.size(), 2U);
    // The reader gives a formula's cached value, never its text: reading the text back
    // shows the cell is a string. No apostrophe either: a string cell is never run.
    auto const& cells = sheet->rows[1];
    ASSERT_GE(cells.size(), 5U);
    EXPECT_EQ(cells[1], risk.title);
    EXPECT_EQ(cells[2], risk.threat);
    EXPECT_EQ(cells[3], risk.vulnerability);
    EXPECT_EQ(cells[4], risk.owner);
}

TEST(RiskRegisterExport, XlsxIsAZipWorkbook)
{
    auto const path = std::filesystem::temp_directory_path() / ("bolwerk-risks-" + std::to_string(getpid()) + ".xlsx");
    auto const written = write_risk_register_xlsx(path.string(), domain::RiskMethodology::standard(), {sample_risk()});
    ASSERT_TRUE(written) << written.error().to_string();
    std::ifstream file(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    std::filesystem::remove(path);
    ASSERT_GT(bytes.size(), 1000u);
    EXPECT_EQ(bytes.substr(0, 2), "PK");
    EXPECT_NE(bytes.find("xl/worksheets/sheet1.xml"), std::string::npos);
    EXPECT_NE(bytes.find("xl/worksheets/sheet2.xml"), std::string::npos);
}

TEST(RiskRegisterExport, UnwritablePathIsUnavailable)
{
    auto const written = write_risk_register_xlsx("/nonexistent-dir/x.xlsx", domain::RiskMethodology::standard(), {});
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().kind(), ErrorKind::Unavailable);
}

} // namespace
} // namespace bolwerk::report
