#include "report/supplier/supplier_register_export.hpp"

#include "importers/supplier/supplier_csv.hpp"
#include "importers/xlsx/xlsx_workbook.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include <gtest/gtest.h>

namespace bolwerk::report::supplier {
namespace {

using namespace std::chrono;

domain::RegisterEntry acme()
{
    domain::RegisterEntry entry;
    entry.id = SupplierId(1);
    entry.name = "Acme, Cloud";
    entry.kvk_number = "12345678";
    entry.country = "NL";
    entry.contacts = {{"Jan", "", "jan@acme.nl", ""}};
    entry.criticality = domain::Criticality::Hoog;
    entry.services = {{DeliveredServiceId(10), "Hosting", {InformationSystemId(3), InformationSystemId(4)},
                          domain::Criticality::Hoog, domain::Dependency::Midden, true, true, true, {"NL", "US"}},
        {DeliveredServiceId(11), "=Support", {}, domain::Criticality::Laag, domain::Dependency::Laag, false, false,
            false, {}}};
    domain::RegisterContract ended{ContractId(99), "INK-0", "Oud", domain::ContractStatus::Ended,
        sys_days{2020y / January / 1}, sys_days{2025y / December / 31}, 30, sys_days{2025y / December / 1}, false,
        std::nullopt, {DeliveredServiceId(10)}, {"Hosting"}};
    domain::RegisterContract active{ContractId(100), "INK-1", "Hosting", domain::ContractStatus::Active,
        sys_days{2026y / January / 1}, sys_days{2028y / December / 31}, 90, sys_days{2028y / October / 2}, true,
        sys_days{2026y / March / 1}, {DeliveredServiceId(10), DeliveredServiceId(11)}, {"Hosting", "=Support"}};
    entry.contracts = {active, ended};
    entry.assurance_required = true;
    entry.assurance = domain::AssuranceStatus::ExpiringSoon;
    entry.assurance_kind = domain::AssuranceKind::Isae3402Type2;
    entry.assurance_valid_until = sys_days{2027y / January / 10};
    entry.next_review_due = sys_days{2027y / March / 1};
    return entry;
}

domain::RegisterEntry without_services()
{
    domain::RegisterEntry entry;
    entry.id = SupplierId(2);
    entry.name = "Koffie B.V.";
    entry.country = "NL";
    entry.next_review_due = sys_days{2026y / November / 25};
    return entry;
}

std::vector<std::string> lines(std::string const& text)
{
    std::vector<std::string> result;
    std::size_t start = 0;
    while (start < text.size()) {
        auto const end = text.find("\r\n", start);
        result.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    return result;
}

TEST(SupplierRegisterExport, OneRowPerServiceWithItsContractAndStatus)
{
    auto const csv = supplier_register_csv({acme(), without_services()});
    auto const rows = lines(csv);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].substr(0, 45), "supplier_id,name,kvk_number,country,contact_n");
    EXPECT_EQ(rows[1],
        "1,\"Acme, Cloud\",12345678,NL,Jan,jan@acme.nl,hoog,Hosting,3;4,ja,NL;US,ja,midden,ja,hoog,INK-1,Hosting,"
        "actief,2026-01-01,2028-12-31,90,2028-10-02,ja,2026-03-01,ja,verloopt_binnenkort,isae3402_type2,2027-01-10,,"
        "2027-03-01");
    // A cell that starts a formula is neutralised.
    EXPECT_NE(rows[2].find(",'=Support,"), std::string::npos) << rows[2];
    EXPECT_EQ(rows[3].substr(0, 28), "2,Koffie B.V.,,NL,,,laag,,,,");
    for (auto const& row : rows)
        EXPECT_EQ(std::count(row.begin(), row.end(), ',') - (row.find("\"Acme, Cloud\"") != std::string::npos),
            static_cast<long>(supplier_register_columns().size() - 1))
            << row;
}

TEST(SupplierRegisterExport, TheCsvImportsAgain)
{
    auto const csv = supplier_register_csv({acme(), without_services()});
    auto const content = importers::read_supplier_csv(csv, importers::SupplierCsvMapping::defaults(), "register.csv");
    ASSERT_TRUE(content) << content.error().to_string();
    ASSERT_TRUE(content->rejected.empty()) << content->rejected.front().to_string();
    ASSERT_EQ(content->suppliers.size(), 2u);
    auto const& supplier = content->suppliers[0];
    EXPECT_EQ(supplier.supplier.name, "Acme, Cloud");
    EXPECT_EQ(supplier.supplier.kvk_number->value(), "12345678");
    ASSERT_EQ(supplier.services.size(), 2u);
    EXPECT_EQ(supplier.services[0].system_references, (std::vector<std::string>{"3", "4"}));
    EXPECT_EQ(supplier.services[0].draft.data_locations.size(), 2u);
    EXPECT_EQ(supplier.services[0].draft.dependency, domain::Dependency::Midden);
    ASSERT_EQ(supplier.contracts.size(), 1u);
    EXPECT_EQ(supplier.contracts[0].reference, "INK-1");
    EXPECT_EQ(supplier.contracts[0].services.size(), 2u);
    EXPECT_EQ(supplier.contracts[0].notice_days, 90);
}

// Text that starts a formula, or already starts with the guard's apostrophe, comes back
// exactly as it was typed: the CSV writer guards it once and the reader removes it once.
TEST(SupplierRegisterExport, FormulaLikeTextRoundTripsExactly)
{
    auto entry = acme();
    entry.services[0].name = "'=Hosting";
    auto const csv = supplier_register_csv({entry});
    auto const content = importers::read_supplier_csv(csv, importers::SupplierCsvMapping::defaults(), "register.csv");
    ASSERT_TRUE(content) << content.error().to_string();
    ASSERT_EQ(content->suppliers.size(), 1u);
    ASSERT_EQ(content->suppliers[0].services.size(), 2u);
    EXPECT_EQ(content->suppliers[0].services[0].draft.name, "'=Hosting");
    EXPECT_EQ(content->suppliers[0].services[1].draft.name, "=Support");
}

TEST(SupplierRegisterExport, XlsxHasTheRegisterAndEveryContract)
{
    auto const path
        = std::filesystem::temp_directory_path() / ("bolwerk-suppliers-" + std::to_string(getpid()) + ".xlsx");
    ASSERT_TRUE(write_supplier_register_xlsx(path.string(), {acme(), without_services()}));
    std::ifstream file(path, std::ios::binary);
    std::stringstream bytes;
    bytes << file.rdbuf();
    std::filesystem::remove(path);
    auto const workbook = importers::xlsx::XlsxWorkbook::open(bytes.str(), "suppliers.xlsx");
    ASSERT_TRUE(workbook) << workbook.error().to_string();
    EXPECT_EQ(workbook->sheet_names(), (std::vector<std::string>{"Register", "Contracten"}));
    auto const register_sheet = workbook->sheet("Register");
    ASSERT_TRUE(register_sheet);
    ASSERT_EQ(register_sheet->rows.size(), 4u);
    EXPECT_EQ(register_sheet->rows[0], supplier_register_columns());
    EXPECT_EQ(register_sheet->rows[2][7], "=Support"); // a string cell, never a formula
    auto const contracts = workbook->sheet("Contracten");
    ASSERT_TRUE(contracts);
    ASSERT_EQ(contracts->rows.size(), 3u);
    EXPECT_EQ(contracts->rows[2][2], "INK-0");
    EXPECT_EQ(contracts->rows[2][4], "beeindigd");
}

TEST(SupplierRegisterExport, UnwritablePathIsUnavailable)
{
    auto const written = write_supplier_register_xlsx("/nonexistent-dir/x.xlsx", {acme()});
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().kind(), ErrorKind::Unavailable);
}

} // namespace
} // namespace bolwerk::report::supplier
