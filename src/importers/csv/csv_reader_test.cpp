#include "importers/csv/csv_reader.hpp"

#include <gtest/gtest.h>

namespace bolwerk::importers {
namespace {

TEST(CsvReader, ReadsQuotedFieldsEscapesAndLineBreaks)
{
    auto const document
        = read_csv("title,owner\r\n\"Datalek, groot\",\"De \"\"CISO\"\"\"\n\"Twee\nregels\",x\n", "t.csv");
    ASSERT_TRUE(document) << document.error().to_string();
    EXPECT_EQ(document->header, (std::vector<std::string>{"title", "owner"}));
    ASSERT_EQ(document->records.size(), 2u);
    EXPECT_EQ(document->records[0].fields[0], "Datalek, groot");
    EXPECT_EQ(document->records[0].fields[1], "De \"CISO\"");
    EXPECT_EQ(document->records[0].line, 2u);
    EXPECT_EQ(document->records[1].fields[0], "Twee\nregels");
    EXPECT_EQ(document->records[1].line, 3u);
}

TEST(CsvReader, DetectsSemicolonsSkipsBomAndBlankLines)
{
    auto const document = read_csv("\xEF\xBB\xBFtitel;eigenaar\n\nA;B\n\n", "t.csv");
    ASSERT_TRUE(document);
    EXPECT_EQ(document->delimiter, ';');
    EXPECT_EQ(document->column(" Eigenaar "), 1u);
    ASSERT_EQ(document->records.size(), 1u);
    EXPECT_EQ(document->records[0].line, 3u);
}

TEST(CsvReader, RefusesMalformedInputWithItsLine)
{
    struct Case {
        char const* text;
        std::uint64_t line;
    };
    Case const cases[] = {
        {"a,b\n1,2,3\n", 2}, // too many fields
        {"a,b\n1\n", 2}, // too few
        {"a,b\n\"open,2\n3,4\n", 2}, // never closed
        {"a,b\n1,x\"y\n", 2}, // quote inside unquoted field
        {"a,b\n\"x\"y,2\n", 2}, // text after closing quote
        {"a,b\n1,\xff\n", 2}, // not UTF-8
        {"a,b\n1,2\n\xC0\xAF,3\n", 3}, // overlong '/'
        {"a,b\n1,\xED\xA0\x80\n", 2}, // a surrogate
        {"a,b\n1,\xE2\x82", 2}, // cut off
        {"", 1}, // empty
    };
    for (auto const& c : cases) {
        auto const document = read_csv(c.text, "bad.csv");
        ASSERT_FALSE(document) << c.text;
        EXPECT_EQ(document.error().location().line, c.line) << c.text << ": " << document.error().to_string();
        EXPECT_EQ(document.error().location().source, "bad.csv");
    }
}

// Issue #10 item 5: our CSV writers guard formula-like cells with an apostrophe
// (common/csv_field.hpp); every importer reads through here and gets the text back.
TEST(CsvReader, RemovesTheFormulaGuardOfOurExports)
{
    auto const document
        = read_csv("title,owner\n'=1+1,\"'=HYPERLINK(\"\"x\"\")\"\n'-5,''=2\n's-Hertogenbosch,'\n", "t.csv");
    ASSERT_TRUE(document) << document.error().to_string();
    ASSERT_EQ(document->records.size(), 3U);
    EXPECT_EQ(document->records[0].fields, (std::vector<std::string>{"=1+1", "=HYPERLINK(\"x\")"}));
    EXPECT_EQ(document->records[1].fields, (std::vector<std::string>{"-5", "'=2"}));
    EXPECT_EQ(document->records[2].fields, (std::vector<std::string>{"'s-Hertogenbosch", "'"}));
    // The catalog CSV importer reads records through csv::read_csv.
    auto const records = csv::read_csv("id,title\n'@x,'+y\n", ',', "catalog.csv");
    ASSERT_TRUE(records) << records.error().to_string();
    EXPECT_EQ(records->at(1).fields, (std::vector<std::string>{"@x", "+y"}));
}

} // namespace
} // namespace bolwerk::importers
