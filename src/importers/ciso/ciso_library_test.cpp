#include "domain/catalog/measure_number.hpp"
#include "importers/ciso/ciso_bio2.hpp"
#include "importers/ciso/ciso_library.hpp"
#include "importers/mapping/mapping_gaps.hpp"
#include "importers/source_reader.hpp"
#include "support/catalog_files.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace bolwerk::importers::ciso {
namespace {

CisoLibrary library_at(std::string const& path)
{
    auto const source = read_file(path);
    EXPECT_TRUE(source) << path;
    auto parsed = parse_ciso_library(source->content, path);
    EXPECT_TRUE(parsed) << parsed.error().to_string();
    return std::move(parsed).value();
}

// The real publications in ../shared (tests that call this start with BOLWERK_REQUIRE_SHARED_CATALOGS).
CisoLibrary library(std::string const& path) { return library_at(testing::shared_catalog(path)); }

// Our synthetic libraries (tests/fixtures/catalogs).
CisoLibrary fixture(std::string const& path) { return library_at(testing::fixture_catalog(path)); }

TEST(CisoLibrary, Bio2Has120AssessableNodesWithImplementationGroups)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const bio2 = library("ciso-assistant/bio2.yaml");
    ASSERT_TRUE(bio2.framework);
    EXPECT_EQ(bio2.framework->nodes.size(), 120u);
    EXPECT_EQ(bio2.framework->assessable_count(), 120u);
    EXPECT_EQ(bio2.framework->count_at_depth(1), 120u);
    EXPECT_EQ(bio2.framework->group_definitions.size(), 3u);
    std::map<std::string, int> combinations;
    for (auto const& node : bio2.framework->nodes) {
        std::string key;
        for (auto const& group : node.groups)
            key += (key.empty() ? "" : "+") + group;
        ++combinations[key];
    }
    EXPECT_EQ(combinations["basishygi\xc3\xabne"], 70);
    EXPECT_EQ(combinations["basishygi\xc3\xabne+ketenhygi\xc3\xabne"], 32);
    EXPECT_EQ(combinations["overheidsrisico"], 12);
    EXPECT_EQ(combinations["basishygi\xc3\xabne+overheidsrisico"], 3);
}

TEST(CisoLibrary, Bio2BecomesCatalogVersion12AndReportsTheUndefinedGroup)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const imported = bio2_catalog_from_library(library("ciso-assistant/bio2.yaml"), {.source_name = "bio2.yaml"});
    ASSERT_TRUE(imported) << imported.error().to_string();
    EXPECT_EQ(imported->version.reference().to_string(), "bio2@1.2");
    EXPECT_EQ(imported->report.counts.at(domain::catalog::ItemKind::Substantive), 120u);
    EXPECT_EQ(imported->report.defect_count(DefectKind::UnknownTag), 3u); // "Ketenhygiëne" with a capital
    for (auto const& item : imported->version.items())
        EXPECT_FALSE(item.tags.empty()) << item.number.to_string();
    // The Dutch translation is the text.
    EXPECT_NE(imported->version.items().front().text.find("informatiebeveiliging"), std::string::npos);
}

TEST(CisoLibrary, CbwHas47NodesOfWhich27Assessable)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const cbw = library("ciso-assistant/cbw_nis2.yaml");
    ASSERT_TRUE(cbw.framework);
    EXPECT_EQ(cbw.framework->nodes.size(), 47u);
    EXPECT_EQ(cbw.framework->assessable_count(), 27u);
    EXPECT_EQ(cbw.framework->count_at_depth(1), 3u);
    EXPECT_EQ(cbw.framework->count_at_depth(2), 17u);
}

TEST(CisoLibrary, Iso27001Of2022Has30ClausesAnd93AnnexAControls)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const iso = library("ciso-assistant/iso27001-2022.yaml");
    ASSERT_TRUE(iso.framework);
    EXPECT_EQ(iso.framework->nodes.size(), 140u);
    EXPECT_EQ(iso.framework->assessable_count(), 123u);
    std::size_t clauses = 0;
    std::set<std::string> annex_a;
    for (auto const& node : iso.framework->nodes) {
        if (!node.assessable)
            continue;
        if (node.ref_id.rfind("A.", 0) == 0)
            annex_a.insert(node.ref_id);
        else
            ++clauses;
    }
    EXPECT_EQ(clauses, 30u);
    EXPECT_EQ(annex_a.size(), 93u);
    // BIO2 measure → ISO/IEC 27002:2022 control → ISO/IEC 27001:2022 Annex A, by number.
    for (auto const& control : domain::catalog::ControlNumber::all())
        EXPECT_TRUE(annex_a.contains(control.annex_a_reference())) << control.to_string();
}

TEST(CisoLibrary, Iso27001Of2013Has140Assessable)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const iso = library("ciso-assistant/iso27001-2013.yaml");
    ASSERT_TRUE(iso.framework);
    EXPECT_EQ(iso.framework->nodes.size(), 200u);
    EXPECT_EQ(iso.framework->assessable_count(), 140u);
}

TEST(ControlMapping, Iso2013To2022Has134MappingsAndKnownGaps)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const mapping = library("mappings/mapping-iso27001-2013-to-iso27001-2022.yaml");
    ASSERT_TRUE(mapping.mapping_set);
    auto const gaps
        = mapping::analyse_mapping(*mapping.mapping_set, *library("ciso-assistant/iso27001-2013.yaml").framework,
            *library("ciso-assistant/iso27001-2022.yaml").framework);
    EXPECT_EQ(gaps.mapping_count, 134u);
    EXPECT_EQ(gaps.by_relationship,
        (std::map<std::string, std::size_t>{{"equal", 77}, {"intersect", 3}, {"subset", 48}, {"superset", 6}}));
    EXPECT_TRUE(gaps.unresolved.empty());
    EXPECT_EQ(gaps.unmapped_sources,
        (std::vector<std::string>{
            "A.6.1.3", "A.6.1.4", "A.6.1.5", "A.9.2.5", "A.9.2.6", "A.12.6.2", "A.12.7.1", "A.14.2.3", "A.14.2.4"}));
    EXPECT_EQ(gaps.targets_without_source,
        (std::vector<std::string>{"A.5.5", "A.5.6", "A.5.7", "A.5.14", "A.5.23", "A.5.30", "A.7.4", "A.8.9", "A.8.10",
            "A.8.11", "A.8.12", "A.8.16", "A.8.23", "A.8.28", "A.8.34"}));
    EXPECT_EQ(gaps.targets_by_source.at("A.5.1.1"), std::vector<std::string>{"A.5.1"});
}

// The same reading on our fixtures, in every clone.

TEST(CisoLibrary, ReadsNodesGroupsAndTranslations)
{
    auto const bio2 = fixture("ciso-assistant/bio2-library.yaml");
    EXPECT_EQ(bio2.urn, "urn:intuitem:risk:library:bolwerk-test-bio2");
    ASSERT_TRUE(bio2.framework);
    EXPECT_EQ(bio2.framework->version, "3");
    EXPECT_EQ(bio2.framework->nodes.size(), 5u);
    EXPECT_EQ(bio2.framework->assessable_count(), 4u);
    EXPECT_EQ(bio2.framework->count_at_depth(1), 5u);
    EXPECT_EQ(bio2.framework->group_definitions,
        (std::vector<std::string>{"basishygi\xc3\xabne", "ketenhygi\xc3\xabne", "overheidsrisico"}));
    auto const& first = bio2.framework->nodes.front();
    EXPECT_EQ(first.ref_id, "5.01.01");
    EXPECT_EQ(first.groups, (std::vector<std::string>{"basishygi\xc3\xabne", "ketenhygi\xc3\xabne"}));
    EXPECT_EQ(first.translated_descriptions.at("nl"), "De entiteit legt het testbeleid voor de proefomgeving vast.");
    EXPECT_FALSE(bio2.framework->nodes.back().assessable);
    EXPECT_FALSE(bio2.mapping_set);
}

TEST(CisoLibrary, Bio2LibraryBecomesACatalogVersionWithItsDefects)
{
    auto const imported
        = bio2_catalog_from_library(fixture("ciso-assistant/bio2-library.yaml"), {.source_name = "bio2-library.yaml"});
    ASSERT_TRUE(imported) << imported.error().to_string();
    EXPECT_EQ(imported->version.reference().to_string(), "bio2@0.2"); // "version 0.2" in the description
    EXPECT_EQ(imported->version.items().size(), 4u); // the node that is not assessable is left out
    EXPECT_EQ(imported->report.counts.at(domain::catalog::ItemKind::Substantive), 4u);
    // The Dutch translation is the text; without one, the description.
    auto const number = [](char const* text) { return domain::catalog::MeasureNumber::parse(text).value(); };
    EXPECT_EQ(
        imported->version.find(number("5.01.01"))->text, "De entiteit legt het testbeleid voor de proefomgeving vast.");
    EXPECT_EQ(imported->version.find(number("8.08.06"))->text,
        "Vulnerabilities in the test software are fixed within a month.");
    EXPECT_EQ(imported->version.find(number("8.08.06"))->tags,
        (std::vector{domain::catalog::MeasureTag::Basishygiene, domain::catalog::MeasureTag::Overheidsrisico}));
    // "Ketenhygiëne" with a capital is not a defined group: reported, and still a tag.
    EXPECT_EQ(imported->report.defect_count(DefectKind::UnknownTag), 1u);
    EXPECT_EQ(imported->version.find(number("5.20.03"))->tags, std::vector{domain::catalog::MeasureTag::Ketenhygiene});
    // "5.1.2" is normalised and reported.
    EXPECT_EQ(imported->report.defect_count(DefectKind::NonNormalisedNumber), 1u);
    EXPECT_NE(imported->version.find(number("5.01.02")), nullptr);
    EXPECT_EQ(imported->report.first_blocking(), nullptr);
}

TEST(CisoLibrary, FrameworkInThreeLevelsKeepsItsParents)
{
    auto const framework = fixture("ciso-assistant/control-framework.yaml");
    ASSERT_TRUE(framework.framework);
    auto const& set = *framework.framework;
    EXPECT_EQ(set.nodes.size(), 9u);
    EXPECT_EQ(set.assessable_count(), 4u);
    EXPECT_EQ(set.count_at_depth(1), 2u);
    EXPECT_EQ(set.count_at_depth(2), 3u);
    EXPECT_EQ(set.count_at_depth(3), 4u);
    EXPECT_EQ(set.nodes[2].ref_id, "1.1");
    EXPECT_EQ(set.nodes[2].parent, set.nodes[1].id);
    EXPECT_EQ(set.nodes[1].parent, set.nodes[0].id);
    EXPECT_TRUE(set.group_definitions.empty());
    EXPECT_FALSE(is_bio2_library(framework)); // so `catalog import` refuses it
    EXPECT_TRUE(is_bio2_library(fixture("ciso-assistant/bio2-library.yaml")));
}

TEST(ControlMapping, CountsRelationshipsAndListsEveryGap)
{
    auto const mapping = fixture("mappings/mapping-2013-to-2022-layout.yaml");
    ASSERT_TRUE(mapping.mapping_set);
    EXPECT_FALSE(mapping.framework);
    EXPECT_EQ(mapping.mapping_set->source_framework, "urn:intuitem:risk:framework:bolwerk-test-iso2013");
    auto const gaps
        = mapping::analyse_mapping(*mapping.mapping_set, *fixture("ciso-assistant/iso27001-2013-layout.yaml").framework,
            *fixture("ciso-assistant/iso27001-2022-layout.yaml").framework);
    EXPECT_EQ(gaps.mapping_count, 6u);
    EXPECT_EQ(gaps.by_relationship,
        (std::map<std::string, std::size_t>{{"equal", 3}, {"intersect", 1}, {"subset", 1}, {"superset", 1}}));
    EXPECT_EQ(gaps.unresolved, std::vector<std::string>{"urn:test:iso2013:A.99.9.9"});
    EXPECT_EQ(gaps.unmapped_sources, std::vector<std::string>{"A.6.1.3"}); // clause 4.1 is no Annex A control
    EXPECT_EQ(gaps.targets_without_source, std::vector<std::string>{"A.5.7"});
    EXPECT_EQ(gaps.targets_by_source.at("A.5.1.1"), std::vector<std::string>{"A.5.1"});
    EXPECT_EQ(gaps.targets_by_source.at("A.12.4.1"), (std::vector<std::string>{"A.8.15", "A.8.16"}));
}

TEST(CisoLibrary, MalformedLibrariesAreRefusedWithTheirField)
{
    struct Case {
        char const* name;
        char const* yaml;
        char const* message_part;
    };
    Case const cases[] = {
        {"not yaml", "a: [1, 2", "not valid YAML"},
        {"a list", "- a\n- b\n", "mapping at the top"},
        {"no objects", "urn: x\n", "objects"},
        {"empty objects", "urn: x\nobjects: {}\n", "neither a framework"},
        {"node without urn", "urn: x\nobjects:\n  framework:\n    urn: f\n    requirement_nodes:\n    - depth: 1\n",
            "requirement_nodes[0].urn"},
        {"bad depth",
            "urn: x\nobjects:\n  framework:\n    urn: f\n    requirement_nodes:\n    - urn: a\n      depth: deep\n",
            "whole number"},
        {"duplicate node",
            "urn: x\nobjects:\n  framework:\n    urn: f\n    requirement_nodes:\n    - urn: a\n    - urn: a\n",
            "duplicate node"},
    };
    for (auto const& c : cases) {
        auto const parsed = parse_ciso_library(c.yaml, "bad.yaml");
        ASSERT_FALSE(parsed) << c.name;
        EXPECT_EQ(parsed.error().kind(), ErrorKind::Invalid) << c.name;
        EXPECT_NE(parsed.error().message().find(c.message_part), std::string::npos)
            << c.name << ": " << parsed.error().to_string();
    }
}

} // namespace
} // namespace bolwerk::importers::ciso
