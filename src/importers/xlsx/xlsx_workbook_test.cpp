#include "importers/source_reader.hpp"
#include "importers/xlsx/ciso_workbook.hpp"
#include "importers/xlsx/xlsx_workbook.hpp"

#include <gtest/gtest.h>

namespace bolwerk::importers::xlsx {
namespace {

std::string const xlsx_dir = std::string(BOLWERK_SHARED_DIR) + "/catalogs/xlsx/";

XlsxWorkbook open_shared(std::string const& file)
{
    auto const source = read_file(xlsx_dir + file);
    EXPECT_TRUE(source);
    auto workbook = XlsxWorkbook::open(source->content, file);
    EXPECT_TRUE(workbook) << workbook.error().to_string();
    return std::move(workbook).value();
}

TEST(XlsxWorkbook, ListsTheSheetsOfTheBio2Workbook)
{
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
    auto const set = read_ciso_workbook(open_shared("ciso-assistant-cbw_nis2.xlsx"), "cbw.xlsx");
    ASSERT_TRUE(set) << set.error().to_string();
    EXPECT_EQ(set->nodes.size(), 47u);
    EXPECT_EQ(set->assessable_count(), 27u);
    EXPECT_EQ(set->count_at_depth(1), 3u);
    EXPECT_EQ(set->count_at_depth(2), 17u);
    EXPECT_EQ(set->nodes[2].parent, set->nodes[1].id); // 1.1 hangs under its group
    EXPECT_EQ(set->nodes[1].parent, set->nodes[0].id);
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
    auto const source = read_file(xlsx_dir + "ciso-assistant-bio2.xlsx");
    ASSERT_TRUE(source);
    EXPECT_EQ(detect_format(*source).value(), CatalogFormat::CisoAssistantXlsx);
    auto const imported = import_catalog(*source, {.source_name = "bio2.xlsx"});
    ASSERT_TRUE(imported) << imported.error().to_string();
    EXPECT_EQ(imported->version.reference().to_string(), "bio2@1.2");
    EXPECT_EQ(imported->report.layout, "ciso-assistant-xlsx");
    EXPECT_EQ(imported->report.count(domain::catalog::ItemKind::Substantive), 120u);
    EXPECT_EQ(imported->version.items().front().text.rfind("Verantwoordelijkheden", 0), 0u);
    for (auto const& item : imported->version.items())
        EXPECT_FALSE(item.tags.empty()) << item.number.to_string();
}

TEST(CisoWorkbook, CbwWorkbookIsNotABio2Catalog)
{
    auto const source = read_file(xlsx_dir + "ciso-assistant-cbw_nis2.xlsx");
    auto const imported = import_catalog(*source, {.source_name = "cbw.xlsx"});
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().kind(), ErrorKind::Invalid);
}

} // namespace
} // namespace bolwerk::importers::xlsx
