#include "importers/oscal/oscal_catalog_import.hpp"
#include "importers/source_reader.hpp"
#include "support/catalog_files.hpp"

#include <gtest/gtest.h>

#include <optional>

namespace bolwerk::importers::oscal {
namespace {

using Reader = Result<OscalCatalog> (*)(std::string_view, std::string const&);

/// What every format of one catalog must read as.
struct Shape {
    char const* name;
    char const* version;
    std::size_t top_groups;
    std::size_t groups; ///< At every level.
    std::size_t controls; ///< At every level; each is assessable.
};

// Reads `path` with `reader` and checks its shape; empty (and a failure) when unreadable.
std::optional<OscalCatalog> read_with_shape(std::string const& path, Reader reader, Shape const& shape)
{
    auto const source = read_file(path);
    if (!source) {
        ADD_FAILURE() << source.error().to_string();
        return std::nullopt;
    }
    auto catalog = reader(source->content, path);
    if (!catalog) {
        ADD_FAILURE() << path << ": " << catalog.error().to_string();
        return std::nullopt;
    }
    EXPECT_EQ(catalog->set.name, shape.name) << path;
    EXPECT_EQ(catalog->set.version, shape.version) << path;
    EXPECT_EQ(catalog->top_group_count, shape.top_groups) << path;
    EXPECT_EQ(catalog->group_count, shape.groups) << path;
    EXPECT_EQ(catalog->control_count, shape.controls) << path;
    EXPECT_EQ(catalog->set.assessable_count(), shape.controls) << path;
    return std::move(catalog).value();
}

void expect_bio_skeleton(std::string const& file, Reader reader)
{
    auto const catalog = read_with_shape(testing::shared_catalog("oscal-bio/" + file), reader,
        {"Baseline Informatiebeveiliging Overheid", "1.0.4", 14, 14 + 35, 0});
    if (!catalog)
        return;
    auto const& objective = catalog->set.nodes[1];
    EXPECT_EQ(objective.ref_id, "5.1") << file;
    EXPECT_EQ(objective.parent, "s5") << file;
    EXPECT_EQ(objective.description.rfind("Het verschaffen van directieaansturing", 0), 0u) << file;
}

TEST(OscalCatalogImport, BioSkeletonHas14GroupsAnd35SubGroupsInEveryFormat)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    expect_bio_skeleton("catalog.json", import_oscal_json);
    expect_bio_skeleton("catalog-min.json", import_oscal_json);
    expect_bio_skeleton("catalog.yaml", import_oscal_yaml);
    expect_bio_skeleton("catalog.xml", import_oscal_xml);
}

// Our fixture holds the same small catalog in every format (tests/fixtures/catalogs/oscal).
void expect_fixture(std::string const& file, Reader reader)
{
    auto const catalog = read_with_shape(
        testing::fixture_catalog("oscal/" + file), reader, {"Verzonnen testcatalogus", "0.1", 2, 5, 1});
    if (!catalog)
        return;
    EXPECT_EQ(catalog->set.id, "5e1f0c2a-0b0d-4c6e-9a55-b01fe4c0ffee") << file;
    std::vector<std::string> order;
    for (auto const& node : catalog->set.nodes)
        order.push_back(node.ref_id + "<" + node.parent + "@" + std::to_string(node.depth));
    // Depth first, groups before controls; ref_id is the label, the parent an id.
    EXPECT_EQ(order, (std::vector<std::string>{"1<@1", "1.1<t1@2", "1.2<t1@2", "1.2.1<t1.2@3", "2<@1", "2.1<t2@2"}))
        << file;
    auto const& objective = catalog->set.nodes[1];
    EXPECT_EQ(objective.name, "Eerste onderwerp") << file;
    EXPECT_EQ(objective.description, "Een verzonnen doel voor het eerste onderwerp.") << file; // whitespace collapsed
    auto const& control = catalog->set.nodes[3];
    EXPECT_TRUE(control.assessable) << file;
    EXPECT_EQ(control.groups, std::vector<std::string>{"test"}) << file; // its class
    EXPECT_EQ(control.description.rfind("Doe het verzonnen ding.", 0), 0u) << file;
    EXPECT_NE(control.description.find("Ook het tweede ding."), std::string::npos) << file; // nested part
}

TEST(OscalCatalogImport, FixtureReadsTheSameInEveryFormat)
{
    expect_fixture("catalog.json", import_oscal_json);
    expect_fixture("catalog-min.json", import_oscal_json);
    expect_fixture("catalog.yaml", import_oscal_yaml);
    expect_fixture("catalog.xml", import_oscal_xml);
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
