#include "report/supplier/spreadsheet_cells.hpp"

#include <gtest/gtest.h>

namespace bolwerk::report::supplier {
namespace {

TEST(SpreadsheetCells, NeutralisesWhatASpreadsheetWouldRun)
{
    struct Case {
        char const* cell;
        char const* written;
    };
    Case const cases[] = {
        {"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
        {"+31 20 123", "'+31 20 123"},
        {"-2+3", "'-2+3"},
        {"@SUM(A1)", "'@SUM(A1)"},
        {"\tcmd", "'\tcmd"},
        {"\rcmd", "'\rcmd"},
        {"Acme = goed", "Acme = goed"},
        {"", ""},
        {"2026-01-01", "2026-01-01"},
    };
    for (auto const& c : cases)
        EXPECT_EQ(neutralise_formula(c.cell), c.written) << c.cell;
}

TEST(SpreadsheetCells, QuotesPerRfc4180)
{
    std::string out;
    append_csv_record(out, {"plain", "a,b", "say \"hi\"", "two\nlines", "=1+1", ""});
    EXPECT_EQ(out, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",'=1+1,\r\n");
}

} // namespace
} // namespace bolwerk::report::supplier
