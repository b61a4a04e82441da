#include "common/csv_field.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bolwerk {
namespace {

struct FieldCase {
    std::string value;
    std::string written;
};

TEST(CsvField, QuotesAndGuardsFormulaCells)
{
    std::vector<FieldCase> const cases{
        {"", ""},
        {"plain text", "plain text"},
        {"a,b", "\"a,b\""},
        {"say \"hi\"", "\"say \"\"hi\"\"\""},
        {"two\nlines", "\"two\nlines\""},
        {"=1+1", "'=1+1"},
        {"=HYPERLINK(\"http://evil.example\",\"x\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""},
        {"+31 6 12345678", "'+31 6 12345678"},
        {"-2+3", "'-2+3"},
        {"@SUM(A1:A2)", "'@SUM(A1:A2)"},
        {"\tcmd", "'\tcmd"},
        {"\r=1", "\"'\r=1\""},
        {"a=1", "a=1"},
        {" =1", " =1"},
        {"'s-Hertogenbosch", "'s-Hertogenbosch"},
        {"'=1", "''=1"},
        {"'", "'"},
    };
    for (auto const& test : cases)
        EXPECT_EQ(csv_field(test.value), test.written) << test.value;
}

TEST(CsvField, RemovingTheGuardGivesBackWhatWasWritten)
{
    for (std::string const value :
        {"", "text", "=1", "''=1", "'=1", "'", "''", "'s-Hertogenbosch", "-", "+", "@", "\t", "'\t", "==", "x'=1"}) {
        // What a CSV reader gives back of csv_field(value) once the RFC 4180 quoting is undone.
        std::string const read = needs_formula_guard(value) ? "'" + value : value;
        EXPECT_EQ(remove_formula_guard(read), value) << value;
    }
}

TEST(CsvField, AppendsOneCrlfLine)
{
    std::string out;
    append_csv_line(out, {"id", "=x", "a,b"});
    EXPECT_EQ(out, "id,'=x,\"a,b\"\r\n");
}

} // namespace
} // namespace bolwerk
