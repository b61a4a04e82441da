#include "importers/supplier/supplier_csv.hpp"

#include <gtest/gtest.h>

namespace bolwerk::importers {
namespace {

using namespace std::chrono;

constexpr std::string_view header = "name;kvk_number;country;contact_name;contact_email;service;systems;"
                                    "personal_data;data_locations;dependency;cloud;contract_reference;"
                                    "contract_start;contract_end;notice_days\n";

Result<SupplierCsvContent> read(std::string const& text)
{
    return read_supplier_csv(text, SupplierCsvMapping::defaults(), "leveranciers.csv");
}

TEST(SupplierCsv, JoinsTheRowsOfOneSupplier)
{
    auto const text = std::string(header)
        + "Acme Cloud B.V.;12345678;NL;Jan Jansen;jan@acme.nl;Hosting;Zaaksysteem, 12;ja;NL;hoog;ja;INK-1;"
          "01-01-2026;31-12-2028;90\n"
        + "acme cloud b.v.;;;Jan Jansen;jan@acme.nl;Back-up;;nee;;;ja;INK-1;2026-01-01;;\n"
        + "Acme Cloud B.V.;12345678;;Piet;piet@acme.nl;;;;;;;;;;\n" + "Koffie B.V.;;;;;;;;;;;;;;\n";
    auto const content = read(text);
    ASSERT_TRUE(content) << content.error().to_string();
    EXPECT_EQ(content->rows, 4u);
    ASSERT_TRUE(content->rejected.empty()) << content->rejected.front().to_string();
    ASSERT_EQ(content->suppliers.size(), 2u);
    auto const& acme = content->suppliers[0];
    EXPECT_EQ(acme.line, 2u);
    EXPECT_EQ(acme.supplier.name, "Acme Cloud B.V.");
    EXPECT_EQ(acme.supplier.kvk_number->value(), "12345678");
    ASSERT_EQ(acme.supplier.contacts.size(), 2u);
    EXPECT_EQ(acme.supplier.contacts[1].email, "piet@acme.nl");
    ASSERT_EQ(acme.services.size(), 2u);
    auto const& hosting = acme.services[0];
    EXPECT_EQ(hosting.system_references, (std::vector<std::string>{"Zaaksysteem", "12"}));
    EXPECT_TRUE(hosting.draft.personal_data);
    EXPECT_EQ(hosting.draft.dependency, domain::Dependency::Hoog);
    EXPECT_TRUE(hosting.draft.cloud_service_provider);
    EXPECT_EQ(acme.services[1].line, 3u);
    ASSERT_EQ(acme.contracts.size(), 1u);
    auto const& contract = acme.contracts[0];
    EXPECT_EQ(contract.title, "INK-1");
    EXPECT_EQ(contract.starts_on, sys_days{2026y / January / 1});
    EXPECT_EQ(contract.ends_on, sys_days{2028y / December / 31});
    EXPECT_EQ(contract.notice_days, 90);
    EXPECT_EQ(contract.services, (std::vector<std::string>{"Hosting", "Back-up"}));
    EXPECT_TRUE(content->suppliers[1].services.empty());
    EXPECT_TRUE(check_import_mode(*content, ImportMode::AllOrNothing, "leveranciers.csv"));
}

TEST(SupplierCsv, BadRowsAreRejectedWithLineAndColumn)
{
    struct Case {
        std::string row;
        char const* field;
        std::uint64_t column;
    };
    Case const cases[] = {
        {";;;;;;;;;;;;;;", "name", 1},
        {"A;1234;;;;;;;;;;;;;", "kvk_number", 2},
        {"A;;Holland;;;;;;;;;;;;", "country", 3},
        {"A;;;Jan;jan;;;;;;;;;;", "contact_email", 5},
        {"A;;;;;Hosting;;misschien;;;;;;;", "personal_data", 8},
        {"A;;;;;Hosting;;ja;;;;;;;", "data_locations", 9},
        {"A;;;;;Hosting;;ja;NL, XX;;;;;;", "data_locations", 9},
        {"A;;;;;Hosting;;;;extreem;;;;;", "dependency", 10},
        {"A;;;;;Hosting;;;;;wolk;;;;", "cloud", 11},
        {"A;;;;;Hosting;;;;;;;2026-01-01;;", "contract_reference", 12},
        {"A;;;;;;;;;;;INK-1;2026-01-01;;", "service", 6},
        {"A;;;;;Hosting;;;;;;INK-1;;;", "contract_start", 13},
        {"A;;;;;Hosting;;;;;;INK-1;2026-02-30;;", "contract_start", 13},
        {"A;;;;;Hosting;;;;;;INK-1;2026-01-01;2025-12-31;", "contract_end", 14},
        {"A;;;;;Hosting;;;;;;INK-1;2026-01-01;;drie maanden", "notice_days", 15},
        {"A;;;;;Hosting;;;;;;INK-1;2026-01-01;2026-02-01;90", "notice_days", 15},
    };
    for (auto const& c : cases) {
        auto const content = read(std::string(header) + "Goed;;;;;;;;;;;;;;\n" + c.row + "\n");
        ASSERT_TRUE(content) << c.row;
        EXPECT_EQ(content->suppliers.size(), 1u) << c.row;
        ASSERT_EQ(content->rejected.size(), 1u) << c.row;
        auto const& location = content->rejected[0].location();
        EXPECT_EQ(location.line, 3u) << c.row;
        EXPECT_EQ(location.field, c.field) << c.row << ": " << content->rejected[0].to_string();
        EXPECT_EQ(location.column, c.column) << c.row;
        EXPECT_EQ(location.source, "leveranciers.csv");
    }
}

TEST(SupplierCsv, ConflictingRowsOfOneSupplierAreRejected)
{
    struct Case {
        std::string row;
        char const* field;
    };
    Case const cases[] = {
        {"Acme;87654321;;;;;;;;;;;;;", "kvk_number"},
        {"Acme;;DE;;;;;;;;;;;;", "country"},
        {"ACME;;;;;hosting;;;;;;;;;", "service"},
        {"Acme;;;;;Mail;;;;;;INK-1;2026-02-01;;", "contract_start"},
        {"Other name;12345678;;;;;;;;;;;;;", "name"},
    };
    for (auto const& c : cases) {
        auto const content
            = read(std::string(header) + "Acme;12345678;;;;Hosting;;;;;;INK-1;2026-01-01;;\n" + c.row + "\n");
        ASSERT_TRUE(content) << c.row;
        ASSERT_EQ(content->rejected.size(), 1u) << c.row;
        EXPECT_EQ(content->rejected[0].location().field, c.field) << content->rejected[0].to_string();
        EXPECT_EQ(content->rejected[0].location().line, 3u);
        // The rejected row left nothing behind.
        ASSERT_EQ(content->suppliers.size(), 1u);
        EXPECT_EQ(content->suppliers[0].services.size(), 1u);
        EXPECT_EQ(content->suppliers[0].contracts[0].services.size(), 1u);
    }
}

TEST(SupplierCsv, AllOrNothingUnlessTold)
{
    auto const content
        = read(std::string(header) + "Goed;;;;;;;;;;;;;;\nFout;1;;;;;;;;;;;;;\nOok fout;;XX;;;;;;;;;;;;\n");
    ASSERT_TRUE(content);
    auto const refused = check_import_mode(*content, ImportMode::AllOrNothing, "leveranciers.csv");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Invalid);
    EXPECT_EQ(refused.error().location().line, 3u);
    EXPECT_EQ(refused.error().location().field, "kvk_number");
    EXPECT_NE(refused.error().message().find("2 of 3 rows have errors, so nothing was imported"), std::string::npos)
        << refused.error().message();
    EXPECT_TRUE(check_import_mode(*content, ImportMode::SkipInvalidRows, "leveranciers.csv"));

    auto const nothing = read(std::string(header) + "Fout;1;;;;;;;;;;;;;\n");
    ASSERT_TRUE(nothing);
    EXPECT_FALSE(check_import_mode(*nothing, ImportMode::SkipInvalidRows, "leveranciers.csv"));
}

TEST(SupplierCsv, WholeFileErrors)
{
    EXPECT_EQ(read("leverancier;kvk\nAcme;1\n").error().location().line, 1u); // no name column
    EXPECT_FALSE(read("name;kvk_number\n\"Acme;1\n")); // unterminated quote
    EXPECT_FALSE(read("name\n\xff\n")); // not UTF-8
    std::string many = "name\n";
    for (std::size_t i = 0; i <= max_supplier_csv_rows; ++i)
        many += "S" + std::to_string(i) + "\n";
    auto const too_many = read(many);
    ASSERT_FALSE(too_many);
    EXPECT_NE(too_many.error().message().find("at most 10000"), std::string::npos);
    many.erase(many.rfind("S10000"));
    EXPECT_EQ(read(many)->suppliers.size(), max_supplier_csv_rows);
}

TEST(SupplierCsvMapping, MapsTheSpreadsheetsOwnHeaders)
{
    auto const mapping = SupplierCsvMapping::parse(
        "# gemeente export\ndelimiter = ,\nname = Leverancier\nkvk_number = KvK-nummer\nservice = #4\n"
        "cloud = Cloud?\nmode = skip_invalid_rows\n",
        "mapping.conf");
    ASSERT_TRUE(mapping) << mapping.error().to_string();
    EXPECT_EQ(mapping->mode, ImportMode::SkipInvalidRows);
    auto const content = read_supplier_csv(
        "Leverancier,KvK-nummer,Cloud?,Dienst\nAcme,12345678,x,Hosting\n", *mapping, "gemeente.csv");
    ASSERT_TRUE(content) << content.error().to_string();
    ASSERT_EQ(content->suppliers.size(), 1u);
    EXPECT_EQ(content->suppliers[0].services[0].draft.name, "Hosting");
    EXPECT_TRUE(content->suppliers[0].services[0].draft.cloud_service_provider);

    auto const missing = read_supplier_csv("Leverancier,KvK nummer,Cloud?,Dienst\n", *mapping, "gemeente.csv");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().message(), "the header has no column 'KvK-nummer'; did you mean 'KvK nummer'?");
}

TEST(SupplierCsvMapping, RefusesBadMappingsWithTheirLine)
{
    struct Case {
        char const* text{};
        std::optional<std::uint64_t> line;
        char const* message_part{};
    };
    Case const cases[] = {
        {"name = A\nservce = B\n", 2, "did you mean 'service'"},
        {"name = A\nservice\n", 2, "expected 'key = value'"},
        {"name = A\ndelimiter = :\n", 2, "delimiter"},
        {"name = A\nmode = sometimes\n", 2, "mode"},
        {"name = A\nname = B\n", 2, "mapped twice"},
        {"name =\n", 1, "name the column"},
        {"service = Dienst\n", std::nullopt, "'name'"},
    };
    for (auto const& c : cases) {
        auto const mapping = SupplierCsvMapping::parse(c.text, "mapping.conf");
        ASSERT_FALSE(mapping) << c.text;
        EXPECT_EQ(mapping.error().location().line, c.line) << c.text;
        EXPECT_NE(mapping.error().message().find(c.message_part), std::string::npos) << mapping.error().message();
    }
}

} // namespace
} // namespace bolwerk::importers
