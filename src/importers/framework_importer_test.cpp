#include "importers/framework_importer.hpp"

#include <gtest/gtest.h>

namespace bolwerk::importers {
namespace {

std::string const shared = std::string(BOLWERK_SHARED_DIR) + "/catalogs/";

TEST(FrameworkImporter, DetectsEveryStructuredFormat)
{
    struct Case {
        char const* path;
        char const* format;
        std::size_t nodes;
        std::size_t assessable;
    };
    Case const cases[] = {
        {"ciso-assistant/iso27001-2022.yaml", "ciso-assistant-yaml", 140, 123},
        {"ciso-assistant/cbw_nis2.yaml", "ciso-assistant-yaml", 47, 27},
        {"xlsx/ciso-assistant-bio2.xlsx", "ciso-assistant-xlsx", 120, 120},
        {"oscal-bio/catalog.json", "oscal-json", 49, 0},
        {"oscal-bio/catalog-min.json", "oscal-json", 49, 0},
        {"oscal-bio/catalog.yaml", "oscal-yaml", 49, 0},
        {"oscal-bio/catalog.xml", "oscal-xml", 49, 0},
    };
    for (auto const& c : cases) {
        auto const source = read_file(shared + c.path);
        ASSERT_TRUE(source) << c.path;
        auto const imported = import_framework(*source);
        ASSERT_TRUE(imported) << c.path << ": " << imported.error().to_string();
        EXPECT_EQ(imported->format, c.format) << c.path;
        ASSERT_TRUE(imported->framework) << c.path;
        EXPECT_EQ(imported->framework->nodes.size(), c.nodes) << c.path;
        EXPECT_EQ(imported->framework->assessable_count(), c.assessable) << c.path;
    }
}

TEST(FrameworkImporter, ReadsMappingLibrariesAndRefusesTheUnknown)
{
    auto const mapping = read_file(shared + "mappings/mapping-iso27001-2013-to-iso27001-2022.yaml");
    auto const imported = import_framework(*mapping);
    ASSERT_TRUE(imported) << imported.error().to_string();
    ASSERT_TRUE(imported->mapping_set);
    EXPECT_EQ(imported->mapping_set->mappings.size(), 134u);
    auto const unknown = import_framework({"x.txt", "just text"});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().kind(), ErrorKind::Invalid);
}

} // namespace
} // namespace bolwerk::importers
