#include "domain/catalog/builtin_index.hpp"
#include "importers/minbzk/minbzk_importer.hpp"
#include "importers/oscal/oscal_catalog_import.hpp"
#include "importers/source_reader.hpp"
#include "report/oscal/oscal_catalog_export.hpp"

#include <gtest/gtest.h>

namespace bolwerk::testing {
namespace {

TEST(OscalRoundTrip, ExportedVersion13ReadsBackWithEveryEntryAndText)
{
    auto const source
        = importers::read_file(std::string(BOLWERK_SHARED_DIR) + "/catalogs/minbzk-bio2-v1.3/maatregelen-v1.3.md");
    ASSERT_TRUE(source);
    auto const imported = importers::minbzk::import_markdown(source->content, {.source_name = "v1.3"});
    ASSERT_TRUE(imported);
    auto const index = domain::catalog::BuiltinIndex::load().value();
    auto const exported = report::oscal::export_oscal_catalog_json(
        imported->version, index, Timestamp{std::chrono::seconds{1'790'000'000}});

    auto const read_back = importers::oscal::import_oscal_json(exported, "export.json");
    ASSERT_TRUE(read_back) << read_back.error().to_string();
    EXPECT_EQ(read_back->top_group_count, 4u);
    EXPECT_EQ(read_back->control_count, 93u + 166u);
    EXPECT_EQ(read_back->set.version, "1.3");
    std::size_t entries = 0;
    for (auto const& node : read_back->set.nodes) {
        if (node.id.rfind("bio2-", 0) != 0)
            continue;
        ++entries;
        auto const number = domain::catalog::MeasureNumber::parse(node.ref_id).value();
        auto const* item = imported->version.find(number);
        ASSERT_NE(item, nullptr) << node.ref_id;
        EXPECT_EQ(node.parent, "iso-" + number.control()->to_string());
        EXPECT_EQ(node.groups.front(), to_string(item->kind));
    }
    EXPECT_EQ(entries, 166u);
}

} // namespace
} // namespace bolwerk::testing
