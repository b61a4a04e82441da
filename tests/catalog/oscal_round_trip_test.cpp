#include "domain/catalog/builtin_index.hpp"
#include "importers/minbzk/minbzk_importer.hpp"
#include "importers/oscal/oscal_catalog_import.hpp"
#include "importers/source_reader.hpp"
#include "report/oscal/oscal_catalog_export.hpp"
#include "support/catalog_files.hpp"

#include <gtest/gtest.h>

namespace bolwerk::testing {
namespace {

// Exports the markdown at `path` as OSCAL JSON and reads it back: the four ISO chapters
// as groups, the 93 controls and every entry as controls, each entry under its control.
void expect_round_trip(std::string const& path, char const* version, std::size_t entry_count)
{
    auto const source = importers::read_file(path);
    ASSERT_TRUE(source) << path;
    auto const imported = importers::minbzk::import_markdown(source->content, {.source_name = path});
    ASSERT_TRUE(imported) << imported.error().to_string();
    auto const index = domain::catalog::BuiltinIndex::load().value();
    auto const exported = report::oscal::export_oscal_catalog_json(
        imported->version, index, Timestamp{std::chrono::seconds{1'790'000'000}});

    auto const read_back = importers::oscal::import_oscal_json(exported, "export.json");
    ASSERT_TRUE(read_back) << read_back.error().to_string();
    EXPECT_EQ(read_back->top_group_count, 4u);
    EXPECT_EQ(read_back->control_count, 93u + entry_count);
    EXPECT_EQ(read_back->set.version, version);
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
    EXPECT_EQ(entries, entry_count);
}

TEST(OscalRoundTrip, ExportedVersion13ReadsBackWithEveryEntryAndText)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    expect_round_trip(shared_catalog("minbzk-bio2-v1.3/maatregelen-v1.3.md"), "1.3", 166);
}

TEST(OscalRoundTrip, ExportedFixtureReadsBackWithEveryEntryOfEveryKind)
{
    expect_round_trip(fixture_catalog("minbzk/maatregelen-v1.3-layout.md"), "0.3", 16);
}

} // namespace
} // namespace bolwerk::testing
