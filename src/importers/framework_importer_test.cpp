#include "importers/framework_importer.hpp"
#include "support/catalog_files.hpp"

#include <gtest/gtest.h>

namespace bolwerk::importers {
namespace {

struct FormatCase {
    std::string path;
    char const* format;
    std::size_t nodes;
    std::size_t assessable;
};

void expect_detected(FormatCase const& c)
{
    auto const source = read_file(c.path);
    ASSERT_TRUE(source) << c.path;
    auto const imported = import_framework(*source);
    ASSERT_TRUE(imported) << c.path << ": " << imported.error().to_string();
    EXPECT_EQ(imported->format, c.format) << c.path;
    ASSERT_TRUE(imported->framework) << c.path;
    EXPECT_EQ(imported->framework->nodes.size(), c.nodes) << c.path;
    EXPECT_EQ(imported->framework->assessable_count(), c.assessable) << c.path;
}

TEST(FrameworkImporter, DetectsEveryStructuredFormat)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const shared = [](char const* path) { return testing::shared_catalog(path); };
    FormatCase const cases[] = {
        {shared("ciso-assistant/iso27001-2022.yaml"), "ciso-assistant-yaml", 140, 123},
        {shared("ciso-assistant/cbw_nis2.yaml"), "ciso-assistant-yaml", 47, 27},
        {shared("xlsx/ciso-assistant-bio2.xlsx"), "ciso-assistant-xlsx", 120, 120},
        {shared("oscal-bio/catalog.json"), "oscal-json", 49, 0},
        {shared("oscal-bio/catalog-min.json"), "oscal-json", 49, 0},
        {shared("oscal-bio/catalog.yaml"), "oscal-yaml", 49, 0},
        {shared("oscal-bio/catalog.xml"), "oscal-xml", 49, 0},
    };
    for (auto const& c : cases)
        expect_detected(c);
}

TEST(FrameworkImporter, DetectsEveryStructuredFormatOfTheFixtures)
{
    auto const fixture = [](char const* path) { return testing::fixture_catalog(path); };
    FormatCase const cases[] = {
        {fixture("ciso-assistant/iso27001-2022-layout.yaml"), "ciso-assistant-yaml", 7, 5},
        {fixture("ciso-assistant/control-framework.yaml"), "ciso-assistant-yaml", 9, 4},
        {fixture("xlsx/ciso-bio2-workbook.xlsx"), "ciso-assistant-xlsx", 4, 4},
        {fixture("xlsx/framework-workbook.xlsx"), "ciso-assistant-xlsx", 9, 4},
        {fixture("oscal/catalog.json"), "oscal-json", 6, 1},
        {fixture("oscal/catalog-min.json"), "oscal-json", 6, 1},
        {fixture("oscal/catalog.yaml"), "oscal-yaml", 6, 1},
        {fixture("oscal/catalog.xml"), "oscal-xml", 6, 1},
    };
    for (auto const& c : cases)
        expect_detected(c);
}

TEST(FrameworkImporter, ReadsMappingLibrariesAndRefusesTheUnknown)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const mapping = read_file(testing::shared_catalog("mappings/mapping-iso27001-2013-to-iso27001-2022.yaml"));
    auto const imported = import_framework(*mapping);
    ASSERT_TRUE(imported) << imported.error().to_string();
    ASSERT_TRUE(imported->mapping_set);
    EXPECT_EQ(imported->mapping_set->mappings.size(), 134u);
}

TEST(FrameworkImporter, ReadsTheMappingFixtureAndRefusesTheUnknown)
{
    auto const mapping = read_file(testing::fixture_catalog("mappings/mapping-2013-to-2022-layout.yaml"));
    ASSERT_TRUE(mapping);
    auto const imported = import_framework(*mapping);
    ASSERT_TRUE(imported) << imported.error().to_string();
    ASSERT_TRUE(imported->mapping_set);
    EXPECT_FALSE(imported->framework);
    EXPECT_EQ(imported->mapping_set->mappings.size(), 6u);
    auto const unknown = import_framework({"x.txt", "just text"});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().kind(), ErrorKind::Invalid);
}

} // namespace
} // namespace bolwerk::importers
