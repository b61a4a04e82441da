#include "importers/csv/csv_importer.hpp"
#include "importers/csv/csv_reader.hpp"
#include "importers/source_reader.hpp"
#include "importers/xlsx/xlsx_workbook.hpp"

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
        char const* text;
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

// The BIO2 builder workbook's content sheet written out as CSV, as a user would
// "save as CSV" from Excel.
std::string bio2_workbook_as_csv()
{
    auto const source = read_file(std::string(BOLWERK_SHARED_DIR) + "/catalogs/xlsx/ciso-assistant-bio2.xlsx");
    auto const workbook = xlsx::XlsxWorkbook::open(source->content, "bio2.xlsx");
    auto const sheet = workbook->sheet("req_content");
    std::string csv;
    for (auto const& row : sheet->rows) {
        for (std::size_t i = 0; i < row.size(); ++i)
            csv += (i ? ";" : "") + quoted(row[i]);
        csv += "\r\n";
    }
    return csv;
}

TEST(CsvImporter, ImportsTheBio2WorkbookSavedAsCsv)
{
    auto const mapping = CsvMapping::parse(
        "number = ref_id\ntext = description[nl]\ntags = implementation_groups\nversion = bio2@1.2\n", "m");
    ASSERT_TRUE(mapping);
    auto const imported = import_csv(bio2_workbook_as_csv(), *mapping, {.source_name = "bio2.csv"});
    ASSERT_TRUE(imported) << imported.error().to_string();
    EXPECT_EQ(imported->version.reference().to_string(), "bio2@1.2");
    EXPECT_EQ(imported->report.count(domain::catalog::ItemKind::Substantive), 120u);
    for (auto const& item : imported->version.items())
        EXPECT_FALSE(item.tags.empty()) << item.number.to_string();
}

TEST(CsvImporter, SkipsHeadingRowsAndRefusesBadNumbers)
{
    auto const mapping = CsvMapping::parse("number = Nr\ntext = Tekst\nversion = bio2@9\n", "m").value();
    auto const imported = import_csv(
        "Nr;Tekst\n5.1;Beleid\n5.01.01;Een.\n;\n5.01.02;Verplaatst naar 5.01.03.\n5.01.03;Twee.\n", mapping, {"x.csv"});
    ASSERT_TRUE(imported) << imported.error().to_string();
    EXPECT_EQ(imported->version.items().size(), 3u);
    EXPECT_EQ(imported->report.count(domain::catalog::ItemKind::Moved), 1u);

    auto const bad = import_csv("Nr;Tekst\n5.01.01;Een.\nvijf;Twee.\n", mapping, {"x.csv"});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().location().line, 3u);
    auto const missing_column = import_csv("Nummer;Tekst\n", mapping, {"x.csv"});
    ASSERT_FALSE(missing_column);
    EXPECT_NE(missing_column.error().message().find("no column 'Nr'"), std::string::npos);
}

} // namespace
} // namespace bolwerk::importers::csv
