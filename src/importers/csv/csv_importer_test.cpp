#include "importers/csv/csv_importer.hpp"
#include "importers/csv/csv_reader.hpp"
#include "importers/source_reader.hpp"
#include "importers/xlsx/xlsx_workbook.hpp"
#include "support/catalog_files.hpp"

#include <gtest/gtest.h>

namespace bolwerk::importers::csv {
namespace {

TEST(CsvReader, ReadsQuotedFieldsAndLineNumbers)
{
    auto const records
        = read_csv("\xEF\xBB\xBFnr;tekst\r\n5.01.01;\"Een; twee\nen \"\"drie\"\"\"\n\n5.01.02;vier\n", ';', "x");
    ASSERT_TRUE(records) << records.error().to_string();
    ASSERT_EQ(records->size(), 3u);
    EXPECT_EQ((*records)[0].fields[0], "nr");
    EXPECT_EQ((*records)[1].fields[1], "Een; twee\nen \"drie\"");
    EXPECT_EQ((*records)[1].line, 2u);
    EXPECT_EQ((*records)[2].line, 5u);
}

TEST(CsvReader, RefusesBrokenQuotesWithTheirLine)
{
    struct Case {
        char const* text;
        std::uint64_t line;
    };
    Case const cases[] = {{"a;b\n\"open", 2}, {"a;\"b\"x\n", 1}, {"a\nb\n\"c\nd", 3}};
    for (auto const& c : cases) {
        auto const records = read_csv(c.text, ';', "x");
        ASSERT_FALSE(records) << c.text;
        EXPECT_EQ(records.error().location().line, c.line) << c.text;
    }
}

TEST(CsvMapping, ParsesKeysAndRefusesUnknownOnes)
{
    auto const mapping = CsvMapping::parse(
        "# BIO2 in Excel\ndelimiter = ,\nheader_row = 2\nnumber = Nr\ntext = #3\ntags=Type\nversion = bio2@1.3\n", "m");
    ASSERT_TRUE(mapping) << mapping.error().to_string();
    EXPECT_EQ(mapping->delimiter, ',');
    EXPECT_EQ(mapping->header_row, 2u);
    EXPECT_EQ(mapping->text_column, "#3");
    EXPECT_EQ(mapping->tags_column, "Type");
    struct Case {
        char const* text{};
        std::optional<std::uint64_t> line;
    };
    Case const cases[] = {{"number = a\ntext = b\ncolour = red\n", 3}, {"number = a\n", std::nullopt},
        {"number = a\ntext = b\ndelimiter = x\n", 3}, {"header_row = 0\n", 1}, {"just words\n", 1}};
    for (auto const& c : cases) {
        auto const parsed = CsvMapping::parse(c.text, "m");
        ASSERT_FALSE(parsed) << c.text;
        EXPECT_EQ(parsed.error().location().line, c.line) << c.text;
    }
}

std::string quoted(std::string const& text)
{
    std::string out = "\"";
    for (char const c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// The content sheet of a CISO Assistant BIO2 workbook written out as CSV, as a user
// would "save as CSV" from Excel.
std::string workbook_as_csv(std::string const& path)
{
    auto const source = read_file(path);
    EXPECT_TRUE(source) << path;
    auto const workbook = xlsx::XlsxWorkbook::open(source->content, path);
    EXPECT_TRUE(workbook) << workbook.error().to_string();
    auto const sheet = workbook->sheet("req_content");
    EXPECT_TRUE(sheet) << sheet.error().to_string();
    // Excel writes every column of every row; a sheet leaves out empty trailing cells.
    auto const width = sheet->rows.front().size();
    std::string csv;
    for (auto const& row : sheet->rows) {
        for (std::size_t i = 0; i < width; ++i)
            csv += (i ? ";" : "") + quoted(i < row.size() ? row[i] : std::string());
        csv += "\r\n";
    }
    return csv;
}

CsvMapping workbook_mapping(char const* version)
{
    return CsvMapping::parse("number = ref_id\ntext = description[nl]\ntags = implementation_groups\nversion = "
            + std::string(version) + "\n",
        "m")
        .value();
}

TEST(CsvImporter, ImportsTheBio2WorkbookSavedAsCsv)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const imported = import_csv(workbook_as_csv(testing::shared_catalog("xlsx/ciso-assistant-bio2.xlsx")),
        workbook_mapping("bio2@1.2"), {.source_name = "bio2.csv"});
    ASSERT_TRUE(imported) << imported.error().to_string();
    EXPECT_EQ(imported->version.reference().to_string(), "bio2@1.2");
    EXPECT_EQ(imported->report.counts.at(domain::catalog::ItemKind::Substantive), 120u);
    for (auto const& item : imported->version.items())
        EXPECT_FALSE(item.tags.empty()) << item.number.to_string();
}

TEST(CsvImporter, ImportsAWorkbookSavedAsCsv)
{
    auto const imported = import_csv(workbook_as_csv(testing::fixture_catalog("xlsx/ciso-bio2-workbook.xlsx")),
        workbook_mapping("bio2@0.2"), {.source_name = "workbook.csv"});
    ASSERT_TRUE(imported) << imported.error().to_string();
    EXPECT_EQ(imported->version.reference().to_string(), "bio2@0.2");
    EXPECT_EQ(imported->report.layout, "csv");
    EXPECT_EQ(imported->report.counts.at(domain::catalog::ItemKind::Substantive), 4u); // the empty row is no entry
    for (auto const& item : imported->version.items())
        EXPECT_FALSE(item.tags.empty()) << item.number.to_string();
    EXPECT_EQ(imported->version.items().front().text, "De entiteit legt het testbeleid voor de proefomgeving vast.");
}

// The fixture as Excel writes it: BOM, CRLF, a title row above the header, ";", quoted
// fields with line breaks and quotes, heading rows, every kind of entry.
TEST(CsvImporter, ImportsTheCsvFixtureWithItsMapping)
{
    auto const mapping_file = read_file(testing::fixture_catalog("csv/maatregelen-excel-layout.mapping"));
    ASSERT_TRUE(mapping_file);
    auto const mapping = CsvMapping::parse(mapping_file->content, mapping_file->name);
    ASSERT_TRUE(mapping) << mapping.error().to_string();
    EXPECT_EQ(mapping->header_row, 2u);
    auto const csv = read_file(testing::fixture_catalog("csv/maatregelen-excel-layout.csv"));
    ASSERT_TRUE(csv);
    auto const imported = import_csv(csv->content, *mapping, {.source_name = "maatregelen.csv"});
    ASSERT_TRUE(imported) << imported.error().to_string();
    EXPECT_EQ(imported->version.reference().to_string(), "bio2@0.2");
    using domain::catalog::ItemKind;
    EXPECT_EQ(imported->version.items().size(), 7u);
    EXPECT_EQ(imported->report.counts.at(ItemKind::Substantive), 4u);
    EXPECT_EQ(imported->report.counts.at(ItemKind::Moved), 1u);
    EXPECT_EQ(imported->report.counts.at(ItemKind::Reference), 1u);
    EXPECT_EQ(imported->report.counts.at(ItemKind::None), 1u);
    auto const number = [](char const* text) { return domain::catalog::MeasureNumber::parse(text).value(); };
    EXPECT_EQ(imported->version.find(number("5.01.02"))->text,
        "Het testbeleid noemt ten minste:\r\n- wie de proefomgeving beheert;\r\n- wie haar \"gebruikt\" en waarvoor.");
    EXPECT_EQ(imported->version.find(number("5.04.02"))->target, number("5.10.02"));
    EXPECT_EQ(imported->version.find(number("8.08.06"))->target, number("5.10.02"));
    // "8.16.3" is normalised and reported with its line; "onbekend" is no measure type.
    ASSERT_EQ(imported->report.defects.size(), 2u);
    EXPECT_EQ(imported->report.defects[0].kind, DefectKind::NonNormalisedNumber);
    EXPECT_EQ(imported->report.defects[0].line, 12u);
    EXPECT_EQ(imported->report.defects[1].kind, DefectKind::UnknownTag);
    EXPECT_EQ(imported->report.defects[1].field, "8.16.03");
    EXPECT_EQ(imported->version.find(number("8.16.03"))->tags, std::vector{domain::catalog::MeasureTag::Ketenhygiene});
}

TEST(CsvImporter, SkipsHeadingRowsAndRefusesBadNumbers)
{
    auto const mapping = CsvMapping::parse("number = Nr\ntext = Tekst\nversion = bio2@9\n", "m").value();
    auto const imported = import_csv(
        "Nr;Tekst\n5.1;Beleid\n5.01.01;Een.\n;\n5.01.02;Verplaatst naar 5.01.03.\n5.01.03;Twee.\n", mapping, {"x.csv"});
    ASSERT_TRUE(imported) << imported.error().to_string();
    EXPECT_EQ(imported->version.items().size(), 3u);
    EXPECT_EQ(imported->report.counts.at(domain::catalog::ItemKind::Moved), 1u);

    auto const bad = import_csv("Nr;Tekst\n5.01.01;Een.\nvijf;Twee.\n", mapping, {"x.csv"});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().location().line, 3u);
    auto const missing_column = import_csv("Nummer;Tekst\n", mapping, {"x.csv"});
    ASSERT_FALSE(missing_column);
    EXPECT_NE(missing_column.error().message().find("no column 'Nr'"), std::string::npos);
}

} // namespace
} // namespace bolwerk::importers::csv
