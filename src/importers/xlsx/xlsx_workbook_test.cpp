#include "importers/source_reader.hpp"
#include "importers/xlsx/ciso_workbook.hpp"
#include "importers/xlsx/xlsx_workbook.hpp"
#include "support/catalog_files.hpp"

#include <gtest/gtest.h>

namespace bolwerk::importers::xlsx {
namespace {

XlsxWorkbook open_path(std::string const& path)
{
    auto const source = read_file(path);
    EXPECT_TRUE(source) << path;
    auto workbook = XlsxWorkbook::open(source->content, path);
    EXPECT_TRUE(workbook) << workbook.error().to_string();
    return std::move(workbook).value();
}

// The real workbooks in ../shared (tests that call this start with BOLWERK_REQUIRE_SHARED_CATALOGS).
XlsxWorkbook open_shared(std::string const& file) { return open_path(testing::shared_catalog("xlsx/" + file)); }

// Our synthetic workbooks (tests/fixtures/catalogs/xlsx, written by make_workbooks.py).
XlsxWorkbook open_fixture(std::string const& file) { return open_path(testing::fixture_catalog("xlsx/" + file)); }

TEST(XlsxWorkbook, ListsTheSheetsOfTheBio2Workbook)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const workbook = open_shared("ciso-assistant-bio2.xlsx");
    EXPECT_EQ(workbook.sheet_names(),
        (std::vector<std::string>{"library_meta", "req_meta", "req_content", "ig_meta", "ig_content"}));
    auto const groups = workbook.sheet("ig_content");
    ASSERT_TRUE(groups);
    EXPECT_EQ(groups->rows.size(), 4u); // header + 3 implementation groups
    EXPECT_FALSE(workbook.sheet("nope"));
}

TEST(CisoWorkbook, Bio2Has120AssessableRowsWithGroupsAndDutchText)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const set = read_ciso_workbook(open_shared("ciso-assistant-bio2.xlsx"), "bio2.xlsx");
    ASSERT_TRUE(set) << set.error().to_string();
    EXPECT_EQ(set->nodes.size(), 120u);
    EXPECT_EQ(set->assessable_count(), 120u);
    auto const& first = set->nodes.front();
    EXPECT_EQ(first.ref_id, "5.01.01");
    EXPECT_EQ(first.groups, (std::vector<std::string>{"basishygi\xc3\xabne", "ketenhygi\xc3\xabne"}));
    EXPECT_EQ(first.translated_descriptions.at("nl").rfind("Verantwoordelijkheden", 0), 0u);
    EXPECT_EQ(first.line, 2u);
}

TEST(CisoWorkbook, CbwHas47RowsOfWhich27AssessableInThreeLevels)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const set = read_ciso_workbook(open_shared("ciso-assistant-cbw_nis2.xlsx"), "cbw.xlsx");
    ASSERT_TRUE(set) << set.error().to_string();
    EXPECT_EQ(set->nodes.size(), 47u);
    EXPECT_EQ(set->assessable_count(), 27u);
    EXPECT_EQ(set->count_at_depth(1), 3u);
    EXPECT_EQ(set->count_at_depth(2), 17u);
    EXPECT_EQ(set->nodes[2].parent, set->nodes[1].id); // 1.1 hangs under its group
    EXPECT_EQ(set->nodes[1].parent, set->nodes[0].id);
}

// The same reading on our fixtures, in every clone.

TEST(XlsxWorkbook, ReadsSharedInlineAndRichTextCellsInTheirColumns)
{
    auto const workbook = open_fixture("ciso-bio2-workbook.xlsx");
    EXPECT_EQ(workbook.sheet_names(),
        (std::vector<std::string>{"library_meta", "req_meta", "req_content", "ig_meta", "ig_content"}));
    auto const content = workbook.sheet("req_content");
    ASSERT_TRUE(content) << content.error().to_string();
    ASSERT_EQ(content->rows.size(), 6u); // row 4 is absent from the sheet and comes back empty
    EXPECT_TRUE(content->rows[3].empty());
    EXPECT_EQ(content->rows[1][1], "1"); // a number cell
    EXPECT_EQ(content->rows[4][4], "Kwetsbaarheden in de testsoftware worden binnen een maand verholpen."); // runs
    EXPECT_EQ(content->rows[5][4], "Afwijkend gedrag in de proefomgeving wordt gemeld."); // inline string
    EXPECT_EQ(content->rows[5].size(), 5u); // the empty last cell is not written
    EXPECT_EQ(workbook.sheet("ig_content")->rows.size(), 4u); // header + 3 implementation groups
    auto const missing = workbook.sheet("nope");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind(), ErrorKind::NotFound);
}

TEST(CisoWorkbook, ContentRowsBecomeNodesWithGroupsAndDutchText)
{
    auto const set = read_ciso_workbook(open_fixture("ciso-bio2-workbook.xlsx"), "ciso-bio2-workbook.xlsx");
    ASSERT_TRUE(set) << set.error().to_string();
    EXPECT_EQ(set->name, "req_content");
    EXPECT_EQ(set->nodes.size(), 4u); // the empty row is skipped
    EXPECT_EQ(set->assessable_count(), 4u);
    auto const& first = set->nodes.front();
    EXPECT_EQ(first.ref_id, "5.01.01");
    EXPECT_EQ(first.groups, (std::vector<std::string>{"basishygi\xc3\xabne", "ketenhygi\xc3\xabne"}));
    EXPECT_EQ(first.translated_descriptions.at("nl"), "De entiteit legt het testbeleid voor de proefomgeving vast.");
    EXPECT_EQ(first.description, "The entity writes down the test policy for the trial environment.");
    EXPECT_EQ(first.line, 2u);
    EXPECT_EQ(set->nodes[2].line, 5u); // lines are sheet rows, gaps included
}

TEST(CisoWorkbook, FrameworkRowsHangUnderTheNearestShallowerRow)
{
    auto const set = read_ciso_workbook(open_fixture("framework-workbook.xlsx"), "framework-workbook.xlsx");
    ASSERT_TRUE(set) << set.error().to_string();
    EXPECT_EQ(set->name, "fwk_content");
    EXPECT_EQ(set->nodes.size(), 9u);
    EXPECT_EQ(set->assessable_count(), 4u);
    EXPECT_EQ(set->count_at_depth(1), 2u);
    EXPECT_EQ(set->count_at_depth(2), 3u);
    EXPECT_EQ(set->nodes[0].id, "row-2"); // a row without ref_id is named by its row
    EXPECT_EQ(set->nodes[2].parent, set->nodes[1].id); // 1.1 hangs under its topic
    EXPECT_EQ(set->nodes[1].parent, set->nodes[0].id);
    EXPECT_EQ(set->nodes[5].parent, set->nodes[4].id); // 2.1 under the second topic
    EXPECT_EQ(set->nodes[4].parent, set->nodes[0].id);
    EXPECT_EQ(set->nodes[8].parent, set->nodes[7].id); // 3.1 under the second chapter's topic
    EXPECT_EQ(set->nodes[7].parent, set->nodes[6].id);
    EXPECT_EQ(set->nodes[6].parent, "");
    EXPECT_EQ(set->nodes[2].translated_descriptions.at("en"), "There is a test policy.");
}

TEST(XlsxWorkbook, RefusesWhatIsNotAWorkbook)
{
    for (std::string const& bytes : {std::string(), std::string("PK\x03\x04 broken"), std::string("hello")}) {
        auto const workbook = XlsxWorkbook::open(bytes, "bad.xlsx");
        ASSERT_FALSE(workbook);
        EXPECT_EQ(workbook.error().kind(), ErrorKind::Invalid);
    }
}

} // namespace
} // namespace bolwerk::importers::xlsx

#include "importers/catalog_importer.hpp"

namespace bolwerk::importers::xlsx {
namespace {

TEST(CisoWorkbook, Bio2WorkbookImportsAsCatalogVersion12)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const source = read_file(testing::shared_catalog("xlsx/ciso-assistant-bio2.xlsx"));
    ASSERT_TRUE(source);
    EXPECT_EQ(detect_format(*source).value(), CatalogFormat::CisoAssistantXlsx);
    auto const imported = import_catalog(*source, {.source_name = "bio2.xlsx"});
    ASSERT_TRUE(imported) << imported.error().to_string();
    EXPECT_EQ(imported->version.reference().to_string(), "bio2@1.2");
    EXPECT_EQ(imported->report.layout, "ciso-assistant-xlsx");
    EXPECT_EQ(imported->report.counts.at(domain::catalog::ItemKind::Substantive), 120u);
    EXPECT_EQ(imported->version.items().front().text.rfind("Verantwoordelijkheden", 0), 0u);
    for (auto const& item : imported->version.items())
        EXPECT_FALSE(item.tags.empty()) << item.number.to_string();
}

TEST(CisoWorkbook, CbwWorkbookIsNotABio2Catalog)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const source = read_file(testing::shared_catalog("xlsx/ciso-assistant-cbw_nis2.xlsx"));
    auto const imported = import_catalog(*source, {.source_name = "cbw.xlsx"});
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().kind(), ErrorKind::Invalid);
}

TEST(CisoWorkbook, Bio2LayoutWorkbookImportsAsCatalogVersion)
{
    auto const source = read_file(testing::fixture_catalog("xlsx/ciso-bio2-workbook.xlsx"));
    ASSERT_TRUE(source);
    EXPECT_EQ(detect_format(*source).value(), CatalogFormat::CisoAssistantXlsx);
    auto const imported = import_catalog(*source, {.source_name = "ciso-bio2-workbook.xlsx"});
    ASSERT_TRUE(imported) << imported.error().to_string();
    EXPECT_EQ(imported->version.reference().to_string(), "bio2@0.2"); // "version 0.2" in library_meta
    EXPECT_EQ(imported->version.title(), "Invented test workbook in the BIO2 layout");
    EXPECT_EQ(imported->report.layout, "ciso-assistant-xlsx");
    EXPECT_EQ(imported->report.counts.at(domain::catalog::ItemKind::Substantive), 4u);
    EXPECT_EQ(imported->version.items().front().text, "De entiteit legt het testbeleid voor de proefomgeving vast.");
    for (auto const& item : imported->version.items())
        EXPECT_FALSE(item.tags.empty()) << item.number.to_string();
    EXPECT_TRUE(imported->report.defects.empty());
}

TEST(CisoWorkbook, FrameworkWorkbookIsNotABio2Catalog)
{
    auto const source = read_file(testing::fixture_catalog("xlsx/framework-workbook.xlsx"));
    ASSERT_TRUE(source);
    auto const imported = import_catalog(*source, {.source_name = "framework-workbook.xlsx"});
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().kind(), ErrorKind::Invalid);
    EXPECT_NE(imported.error().message().find("not a BIO2 catalog"), std::string::npos) << imported.error().to_string();
}

} // namespace
} // namespace bolwerk::importers::xlsx
