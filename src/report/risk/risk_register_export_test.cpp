#include "report/risk/risk_register_export.hpp"

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
