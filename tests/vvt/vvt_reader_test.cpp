// The VvT exports opened by real readers (issue #5): the XLSX converted to CSV by
// LibreOffice headless and compared cell by cell with what was written; the PDF read by
// poppler (pdfinfo, pdftotext, pdftoppm) for its page count, page numbers, repeated
// table headers and a rendered page. The tools come from scripts/debian-packages.txt;
// a test skips with a message only when its tool is missing.

#include "importers/csv/csv_reader.hpp"
#include "report/vvt/vvt_pdf.hpp"
#include "report/vvt/vvt_tables.hpp"
#include "report/vvt/vvt_xlsx.hpp"
#include "vvt/sample_statement.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace bolwerk::report::vvt {
namespace {

namespace fs = std::filesystem;

/// A fresh directory under the system temporary directory, removed at the end.
class TemporaryDirectory {
public:
    TemporaryDirectory()
    {
        auto pattern = (fs::temp_directory_path() / "bolwerk-vvt-XXXXXX").string();
        m_path = ::mkdtemp(pattern.data()) ? fs::path(pattern) : fs::path();
    }
    ~TemporaryDirectory()
    {
        std::error_code ignored;
        fs::remove_all(m_path, ignored);
    }
    TemporaryDirectory(TemporaryDirectory const&) = delete;
    TemporaryDirectory& operator=(TemporaryDirectory const&) = delete;
    fs::path const& path() const { return m_path; }

private:
    fs::path m_path;
};

std::string read_file(fs::path const& path)
{
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

bool tool_exists(std::string const& name)
{
    return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

int run(std::string const& command) { return std::system((command + " 2>/dev/null").c_str()); }

std::string libreoffice()
{
    for (auto const* name : {"libreoffice", "soffice"}) {
        if (tool_exists(name))
            return name;
    }
    return {};
}

domain::vvt::StatementOfApplicability const& statement()
{
    static auto const sample = test_support::sample_statement();
    return sample;
}

TEST(VvtXlsxReader, LibreOfficeReadsEverySheetAsWritten)
{
    auto const office = libreoffice();
    if (office.empty())
        GTEST_SKIP() << "LibreOffice is not installed (Debian libreoffice-calc-nogui, in scripts/debian-packages.txt)";
    TemporaryDirectory const directory;
    auto const workbook = directory.path() / "vvt.xlsx";
    auto const bytes = statement_xlsx_bytes(statement());
    ASSERT_TRUE(bytes) << bytes.error().message();
    std::ofstream(workbook, std::ios::binary) << *bytes;

    // Filter options: comma, double quote, UTF-8, from line 1, …, and -1: every sheet
    // to its own file "vvt-<sheet>.csv". Its own profile, so runs do not collide.
    auto const command = office + " -env:UserInstallation=file://" + (directory.path() / "profile").string()
        + " --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'"
        + " --outdir " + directory.path().string() + " " + workbook.string() + " >/dev/null";
    ASSERT_EQ(run(command), 0) << command;

    for (auto const& table : statement_tables(statement())) {
        auto const csv_path = directory.path() / ("vvt-" + table.title + ".csv");
        ASSERT_TRUE(fs::exists(csv_path)) << csv_path;
        auto const document = importers::read_csv(read_file(csv_path), csv_path.string(), ',');
        ASSERT_TRUE(document) << document.error().message();
        std::vector<std::string> headers;
        for (auto const& column : table.columns)
            headers.push_back(column.header);
        EXPECT_EQ(document->header, headers) << table.title;
        ASSERT_EQ(document->records.size(), table.rows.size()) << table.title;
        for (std::size_t row = 0; row < table.rows.size(); ++row)
            EXPECT_EQ(document->records[row].fields, table.rows[row]) << table.title << " row " << row + 1;
    }
}

class VvtPdfReader : public testing::Test {
protected:
    void SetUp() override
    {
        for (auto const* tool : {"pdfinfo", "pdftotext", "pdftoppm"}) {
            if (!tool_exists(tool))
                GTEST_SKIP() << tool << " is not installed (Debian poppler-utils, in scripts/debian-packages.txt)";
        }
        auto const written = write_statement_pdf(pdf().string(), statement());
        ASSERT_TRUE(written) << written.error().message();
    }

    fs::path pdf() const { return m_directory.path() / "vvt.pdf"; }

    /// The text of every page, split on the form feeds pdftotext writes after each page.
    std::vector<std::string> pages() const
    {
        auto const text_path = m_directory.path() / "vvt.txt";
        EXPECT_EQ(run("pdftotext -enc UTF-8 " + pdf().string() + " " + text_path.string()), 0);
        std::vector<std::string> result;
        std::istringstream stream(read_file(text_path));
        for (std::string page; std::getline(stream, page, '\f');)
            result.push_back(page);
        if (!result.empty() && result.back().find_first_not_of(" \n") == std::string::npos)
            result.pop_back();
        return result;
    }

    TemporaryDirectory m_directory;
};

TEST_F(VvtPdfReader, IsA4WithPageNumbersOnEveryPage)
{
    auto const info_path = m_directory.path() / "info.txt";
    ASSERT_EQ(run("pdfinfo " + pdf().string() + " > " + info_path.string()), 0);
    auto const info = read_file(info_path);
    EXPECT_NE(info.find("841.89 x 595.28 pts (A4)"), std::string::npos) << info;
    EXPECT_NE(info.find("Verklaring van Toepasselijkheid — Gemeente Voorbeeld — versie 3"), std::string::npos);
    EXPECT_NE(info.find("Nov 25 09:00:00 2026"), std::string::npos) << "the creation date is the generation time";

    auto const text = pages();
    ASSERT_GE(text.size(), 4U);
    auto const pages_line = info.find("Pages:");
    ASSERT_NE(pages_line, std::string::npos);
    EXPECT_EQ(std::stoul(info.substr(pages_line + 6)), text.size()) << info;
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto const number = "pagina " + std::to_string(i + 1) + " van " + std::to_string(text.size());
        EXPECT_NE(text[i].find(number), std::string::npos) << "page " << i + 1;
        EXPECT_NE(text[i].find("Gemeente Voorbeeld — versie 3 (vastgesteld)"), std::string::npos) << "page " << i + 1;
    }
}

TEST_F(VvtPdfReader, RepeatsTheTableHeaderOnEveryPageOfATable)
{
    auto const text = pages();
    auto const first_page_of = [&](std::string const& heading) {
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i].find(heading) != std::string::npos)
                return i;
        }
        return text.size();
    };
    auto const controls = first_page_of("2. Beheersmaatregelen");
    auto const measures = first_page_of("3. Overheidsmaatregelen");
    auto const annex = first_page_of("Bijlage uitzonderingen\n");
    ASSERT_LT(controls, measures);
    ASSERT_LT(measures, annex);
    ASSERT_GE(measures - controls, 2U) << "the control table should span pages";
    ASSERT_GE(annex - measures, 2U) << "the measure table should span pages";
    for (auto page = controls; page < measures; ++page)
        EXPECT_NE(text[page].find("Rechtvaardiging"), std::string::npos) << "page " << page + 1;
    for (auto page = measures; page < annex; ++page) {
        for (auto const* header : {"Eigenaar", "Streefdatum", "Opzet", "Bestaan", "Werking"})
            EXPECT_NE(text[page].find(header), std::string::npos) << header << " on page " << page + 1;
    }
    // The last row of each table made it in.
    EXPECT_NE(text[measures - 1].find("8.34"), std::string::npos);
    EXPECT_NE(text[annex - 1].find(statement().measures.back().measure.to_string()), std::string::npos);
}

TEST_F(VvtPdfReader, WrapsLongCellsInsteadOfCuttingThemOff)
{
    std::string all;
    for (auto const& page : pages())
        all += page;
    // The justification of an exclusion is far wider than its column; every word of it
    // must be somewhere in the text.
    for (auto const* word : {"ISO 27001-gecertificeerd", "inkoopvoorwaarden", "privacy officer."})
        EXPECT_NE(all.find(word), std::string::npos) << word;
}

TEST_F(VvtPdfReader, PdftoppmRendersAPageInLandscape)
{
    auto const prefix = m_directory.path() / "page";
    ASSERT_EQ(run("pdftoppm -r 30 -png -f 2 -l 2 -singlefile " + pdf().string() + " " + prefix.string()), 0);
    auto const png = read_file(prefix.string() + ".png");
    ASSERT_GT(png.size(), 24U);
    ASSERT_EQ(png.substr(1, 3), "PNG");
    auto const big_endian = [&](std::size_t offset) {
        std::uint32_t value = 0;
        for (std::size_t i = 0; i < 4; ++i)
            value = (value << 8) | static_cast<unsigned char>(png[offset + i]);
        return value;
    };
    // IHDR: width and height at 16 and 20. A4 landscape at 30 dpi is 351 × 248 pixels.
    EXPECT_EQ(big_endian(16), 351U);
    EXPECT_NEAR(big_endian(20), 248U, 1U); // 248.03, rounded up by poppler
    EXPECT_GT(png.size(), 2'000U) << "a page with tables is not blank";
}

} // namespace
} // namespace bolwerk::report::vvt
