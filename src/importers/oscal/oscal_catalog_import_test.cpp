#include "importers/oscal/oscal_catalog_import.hpp"
#include "importers/source_reader.hpp"

#include <gtest/gtest.h>

namespace bolwerk::importers::oscal {
namespace {

std::string const oscal_bio = std::string(BOLWERK_SHARED_DIR) + "/catalogs/oscal-bio/";

using Reader = Result<OscalCatalog> (*)(std::string_view, std::string const&);

void expect_bio_skeleton(std::string const& file, Reader reader)
{
    auto const source = read_file(oscal_bio + file);
    ASSERT_TRUE(source) << file;
    auto const catalog = reader(source->content, file);
    ASSERT_TRUE(catalog) << file << ": " << catalog.error().to_string();
    EXPECT_EQ(catalog->set.name, "Baseline Informatiebeveiliging Overheid") << file;
    EXPECT_EQ(catalog->set.version, "1.0.4") << file;
    EXPECT_EQ(catalog->top_group_count, 14u) << file;
    EXPECT_EQ(catalog->group_count, 14u + 35u) << file;
    EXPECT_EQ(catalog->control_count, 0u) << file;
    EXPECT_EQ(catalog->set.assessable_count(), 0u) << file;
    auto const& objective = catalog->set.nodes[1];
    EXPECT_EQ(objective.ref_id, "5.1") << file;
    EXPECT_EQ(objective.parent, "s5") << file;
    EXPECT_EQ(objective.description.rfind("Het verschaffen van directieaansturing", 0), 0u) << file;
}

TEST(OscalCatalogImport, BioSkeletonHas14GroupsAnd35SubGroupsInEveryFormat)
{
    expect_bio_skeleton("catalog.json", import_oscal_json);
    expect_bio_skeleton("catalog-min.json", import_oscal_json);
    expect_bio_skeleton("catalog.yaml", import_oscal_yaml);
    expect_bio_skeleton("catalog.xml", import_oscal_xml);
}

TEST(OscalCatalogImport, MalformedInputIsRefusedWithItsPosition)
{
    struct Case {
        char const* name;
        Reader reader;
        char const* text;
        char const* message_part;
    };
    Case const cases[] = {
        {"json syntax", import_oscal_json, "{\"catalog\": [", "not valid JSON"},
        {"json no catalog", import_oscal_json, "{}", "catalog"},
        {"json no metadata", import_oscal_json, "{\"catalog\": {\"uuid\": \"x\"}}", "metadata"},
        {"json group without id", import_oscal_json,
            "{\"catalog\": {\"uuid\": \"x\", \"metadata\": {\"title\": \"t\"}, \"groups\": [{\"title\": \"g\"}]}}",
            "groups[0].id"},
        {"yaml syntax", import_oscal_yaml, "catalog: [", "not valid YAML"},
        {"xml syntax", import_oscal_xml, "<catalog uuid='x'><metadata>", "not valid XML"},
        {"xml other root", import_oscal_xml, "<profile/>", "not an OSCAL catalog"},
        {"xml group without id", import_oscal_xml, "<catalog uuid='x'><metadata/><group/></catalog>", "without an id"},
        // Regression (found by oscal_xml_fuzzer): a character reference to a surrogate.
        {"xml surrogate reference", import_oscal_xml,
            "<catalog uuid='x'><metadata><title>&#xD800;</title></metadata></catalog>", "UTF-8"},
        {"xml surrogate in a group", import_oscal_xml,
            "<catalog uuid='x'><metadata/><group id='g'><title>&#xDFFF;</title></group></catalog>", "not a valid"},
    };
    for (auto const& c : cases) {
        auto const catalog = c.reader(c.text, "bad");
        ASSERT_FALSE(catalog) << c.name;
        EXPECT_EQ(catalog.error().kind(), ErrorKind::Invalid) << c.name;
        EXPECT_NE(catalog.error().message().find(c.message_part), std::string::npos)
            << c.name << ": " << catalog.error().to_string();
    }
}

} // namespace
} // namespace bolwerk::importers::oscal
