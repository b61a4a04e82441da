#include "importers/minbzk/minbzk_importer.hpp"
#include "importers/source_reader.hpp"
#include "support/catalog_files.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <utility>

namespace bolwerk::importers::minbzk {
namespace {

using domain::catalog::ItemKind;
using domain::catalog::MeasureNumber;
using domain::catalog::MeasureTag;

ImportedCatalog import_path(std::string const& path)
{
    auto const source = read_file(path);
    EXPECT_TRUE(source) << source.error().to_string();
    auto imported = import_markdown(source->content, {.source_name = path});
    EXPECT_TRUE(imported) << imported.error().to_string();
    return std::move(imported).value();
}

// The real publications in ../shared (tests that call this start with BOLWERK_REQUIRE_SHARED_CATALOGS).
ImportedCatalog import_shared(std::string const& file)
{
    return import_path(testing::shared_catalog("minbzk-bio2-v1.3/" + file));
}

// Our synthetic files in the v1.2 and v1.3 layouts (tests/fixtures/catalogs/minbzk).
ImportedCatalog import_fixture(std::string const& file)
{
    return import_path(testing::fixture_catalog("minbzk/" + file));
}

std::vector<Defect> defects_of(ImportReport const& report, DefectKind kind)
{
    std::vector<Defect> found;
    for (auto const& defect : report.defects)
        if (defect.kind == kind)
            found.push_back(defect);
    return found;
}

MeasureNumber number(char const* text) { return MeasureNumber::parse(text).value(); }

/// What an import of deel 2 must give: version, layout and the entries per kind.
struct Expected {
    char const* version;
    char const* layout;
    std::size_t items;
    std::size_t measures; ///< Substantive and reference entries.
    std::size_t substantive;
    std::size_t reference;
    std::size_t none;
    std::size_t moved;
    std::size_t withdrawn;
};

void expect_counts(ImportedCatalog const& imported, Expected const& expected)
{
    EXPECT_EQ(imported.version.reference().to_string(), expected.version);
    EXPECT_EQ(imported.report.layout, expected.layout);
    EXPECT_EQ(imported.version.items().size(), expected.items);
    EXPECT_EQ(imported.version.measure_count(), expected.measures);
    // The report lists the kinds that occur, as the catalog JSON shows them.
    std::map<ItemKind, std::size_t> counts;
    for (auto const& [kind, count] : {std::pair{ItemKind::Substantive, expected.substantive},
             {ItemKind::Reference, expected.reference}, {ItemKind::None, expected.none},
             {ItemKind::Moved, expected.moved}, {ItemKind::Withdrawn, expected.withdrawn}}) {
        if (count > 0)
            counts[kind] = count;
    }
    EXPECT_EQ(imported.report.counts, counts);
}

TEST(MinbzkImporter, Version13HasTheCountsOfTheReadme)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const imported = import_shared("maatregelen-v1.3.md");
    expect_counts(imported, {"bio2@1.3", "minbzk-markdown-v1.3", 166, 118, 117, 1, 39, 5, 4});
    auto const* reference = imported.version.find(number("8.08.06"));
    ASSERT_NE(reference, nullptr);
    EXPECT_EQ(reference->target, number("5.24.08"));
}

TEST(MinbzkImporter, Version13EveryControlAppearsAndMeasuresHangUnder54)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const imported = import_shared("maatregelen-v1.3.md");
    std::set<domain::catalog::ControlNumber> controls;
    std::set<domain::catalog::ControlNumber> with_measure;
    for (auto const& item : imported.version.items()) {
        controls.insert(*item.number.control());
        if (is_measure(item.kind))
            with_measure.insert(*item.number.control());
    }
    EXPECT_EQ(controls.size(), 93u);
    EXPECT_EQ(with_measure.size(), 54u);
}

TEST(MinbzkImporter, Version13ReportsItsKnownDefects)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const imported = import_shared("maatregelen-v1.3.md");
    auto const repeated = defects_of(imported.report, DefectKind::RepeatedText);
    ASSERT_EQ(repeated.size(), 1u);
    EXPECT_EQ(repeated[0].field, "8.16.03");
    EXPECT_NE(repeated[0].message.find("8.16.02"), std::string::npos);

    auto const dangling = defects_of(imported.report, DefectKind::DanglingTarget);
    ASSERT_EQ(dangling.size(), 2u);
    EXPECT_EQ(dangling[0].field, "5.20.03"); // text: "zie overheidsmaatregel 5.21.01", withdrawn in 1.3
    EXPECT_EQ(dangling[0].line, 168u);
    EXPECT_NE(dangling[0].message.find("5.21.01"), std::string::npos);
    EXPECT_EQ(dangling[1].field, "5.26.01"); // "Verplaatst naar 5.25.02", which does not exist
    EXPECT_EQ(dangling[1].line, 250u);
    EXPECT_NE(dangling[1].message.find("5.25.02 does not exist"), std::string::npos);

    auto const short_forms = defects_of(imported.report, DefectKind::NonNormalisedNumber);
    ASSERT_EQ(short_forms.size(), 1u);
    EXPECT_NE(short_forms[0].message.find("8.16.03"), std::string::npos);
    EXPECT_EQ(short_forms[0].line, 517u);
    EXPECT_EQ(imported.report.defects.size(), 4u);
    EXPECT_EQ(imported.report.first_blocking(), nullptr);
}

TEST(MinbzkImporter, Version12HasTheCountsOfTheReadme)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const imported = import_shared("maatregelen-v1.2-2026-02-10.md");
    expect_counts(imported, {"bio2@1.2", "minbzk-markdown-v1.2", 160, 120, 120, 0, 40, 0, 0});
    std::size_t tagged = 0;
    for (auto const& item : imported.version.items()) {
        tagged += item.tags.empty() ? 0 : 1;
        EXPECT_EQ(item.text.find("Draagt bij aan"), std::string::npos) << item.number.to_string();
    }
    EXPECT_EQ(tagged, 160u); // one "Draagt bij aan" line per entry
    auto const* first = imported.version.find(number("5.01.01"));
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->tags, (std::vector{MeasureTag::Basishygiene, MeasureTag::Ketenhygiene}));
    // The one "Draagt bij aan" written inside a sentence (5.20.03) is found too.
    EXPECT_FALSE(imported.version.find(number("5.20.03"))->tags.empty());
}

TEST(MinbzkImporter, Version12ReportsTheShortReference)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const imported = import_shared("maatregelen-v1.2-2026-02-10.md");
    EXPECT_EQ(imported.report.defect_count(DefectKind::NonNormalisedNumber), 1u);
    EXPECT_EQ(imported.report.defect_count(DefectKind::DanglingTarget), 0u);
    EXPECT_EQ(imported.report.first_blocking(), nullptr);
}

TEST(MinbzkImporter, TextKeepsListsAndDropsLayout)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const imported = import_shared("maatregelen-v1.2-2026-02-10.md");
    auto const& text = imported.version.find(number("5.01.02"))->text;
    EXPECT_EQ(text.find("<br>"), std::string::npos); // trailing <br><br> before "Draagt bij aan" is layout
    EXPECT_EQ(text.back(), '.');
}

// The same rules on our fixtures, in every clone.

TEST(MinbzkImporter, Version13LayoutClassifiesEveryKindOfEntry)
{
    auto const imported = import_fixture("maatregelen-v1.3-layout.md");
    // The version comes from the disclaimer.
    expect_counts(imported, {"bio2@0.3", "minbzk-markdown-v1.3", 16, 11, 10, 1, 2, 2, 1});
    EXPECT_EQ(imported.version.title(), "DEEL 2 VERZONNEN TESTMAATREGELEN");
    EXPECT_EQ(imported.version.find(number("8.08.06"))->target, number("5.24.08"));
    EXPECT_EQ(imported.version.find(number("5.04.02"))->target, number("5.10.02"));
    EXPECT_EQ(imported.version.find(number("5.21.01"))->kind, ItemKind::Withdrawn);
    // The "-" list stays; the <br><br> inside the text is kept as published.
    EXPECT_EQ(imported.version.find(number("5.01.02"))->text,
        "Het testbeleid noemt ten minste:\n- wie de proefomgeving beheert en wie haar gebruikt;\n"
        "- hoe vaak het testbeleid wordt herzien.");
    EXPECT_EQ(imported.version.find(number("5.24.08"))->text,
        "Kwetsbaarheden in de testsoftware worden binnen twee weken verholpen.<br><br>\n"
        "Een uitzondering staat in de bijlage van de testverklaring.");
    for (auto const& item : imported.version.items())
        EXPECT_TRUE(item.tags.empty()) << item.number.to_string(); // v1.3 has no "Draagt bij aan"
}

TEST(MinbzkImporter, Version13LayoutReportsDefectsWithTheirLines)
{
    auto const imported = import_fixture("maatregelen-v1.3-layout.md");
    auto const repeated = defects_of(imported.report, DefectKind::RepeatedText);
    ASSERT_EQ(repeated.size(), 1u);
    EXPECT_EQ(repeated[0].field, "8.16.03");
    EXPECT_EQ(repeated[0].line, 54u);
    EXPECT_NE(repeated[0].message.find("8.16.02"), std::string::npos);

    auto const dangling = defects_of(imported.report, DefectKind::DanglingTarget);
    ASSERT_EQ(dangling.size(), 2u);
    EXPECT_EQ(dangling[0].field, "5.04.03"); // "Verplaatst naar 5.25.02", which does not exist
    EXPECT_EQ(dangling[0].line, 23u);
    EXPECT_NE(dangling[0].message.find("5.25.02 does not exist"), std::string::npos);
    EXPECT_EQ(dangling[1].field, "5.20.03"); // text: "zie overheidsmaatregel 5.21.01", withdrawn here
    EXPECT_EQ(dangling[1].line, 30u);
    EXPECT_NE(dangling[1].message.find("5.21.01 is not a measure here (withdrawn)"), std::string::npos);

    auto const short_forms = defects_of(imported.report, DefectKind::NonNormalisedNumber);
    ASSERT_EQ(short_forms.size(), 1u);
    EXPECT_EQ(short_forms[0].field, "8.15.01");
    EXPECT_EQ(short_forms[0].line, 49u);
    EXPECT_NE(short_forms[0].message.find("8.16.03"), std::string::npos);
    EXPECT_EQ(imported.report.defects.size(), 4u);
    EXPECT_EQ(imported.report.first_blocking(), nullptr);
}

TEST(MinbzkImporter, Version12LayoutTakesTheMeasureTypesOutOfTheText)
{
    auto const imported = import_fixture("maatregelen-v1.2-layout.md");
    expect_counts(imported, {"bio2@0.2", "minbzk-markdown-v1.2", 13, 11, 11, 0, 2, 0, 0});
    EXPECT_EQ(imported.version.title(), "DEEL 2 VERZONNEN TESTMAATREGELEN"); // trailing space dropped
    for (auto const& item : imported.version.items()) {
        EXPECT_FALSE(item.tags.empty()) << item.number.to_string(); // one "Draagt bij aan" per entry
        EXPECT_EQ(item.text.find("Draagt bij aan"), std::string::npos) << item.number.to_string();
    }
    EXPECT_EQ(imported.version.find(number("5.01.01"))->tags,
        (std::vector{MeasureTag::Basishygiene, MeasureTag::Ketenhygiene}));
    EXPECT_EQ(imported.version.find(number("8.08.06"))->tags,
        (std::vector{MeasureTag::Basishygiene, MeasureTag::Overheidsrisico}));
    // "Draagt bij aan" written inside the last sentence is found and cut off too.
    auto const* inside = imported.version.find(number("5.20.03"));
    EXPECT_EQ(inside->tags, std::vector{MeasureTag::Ketenhygiene});
    EXPECT_EQ(
        inside->text, "Leveranciers van de proefomgeving krijgen dezelfde eisen, zie overheidsmaatregel 5.21.01.");
    // A heading with a trailing space ("## 7.07.01 ") is an ordinary entry.
    EXPECT_EQ(imported.version.find(number("7.07.01"))->kind, ItemKind::Substantive);
    EXPECT_EQ(imported.report.defect_count(DefectKind::NonNormalisedNumber), 1u); // "8.16.3" in 8.15.01
    EXPECT_EQ(imported.report.defect_count(DefectKind::DanglingTarget), 0u);
    EXPECT_EQ(imported.report.defects.size(), 1u);
}

TEST(MinbzkImporter, Version12LayoutKeepsListsAndDropsTrailingLayout)
{
    auto const imported = import_fixture("maatregelen-v1.2-layout.md");
    // The trailing <br><br> before "Draagt bij aan" is layout; the <br> inside the list is kept as published.
    EXPECT_EQ(imported.version.find(number("5.01.02"))->text,
        "Het testbeleid noemt ten minste:<br>\n1. wie de proefomgeving beheert;<br>\n"
        "2. hoe vaak het testbeleid wordt herzien.");
    EXPECT_EQ(imported.version.find(number("5.02.01"))->kind, ItemKind::None);
    EXPECT_EQ(imported.version.find(number("5.02.01"))->text, "Geen overheidsmaatregel");
}

TEST(MinbzkImporter, VersionFromOptionWins)
{
    auto const source = read_file(testing::fixture_catalog("minbzk/maatregelen-v1.3-layout.md"));
    ASSERT_TRUE(source);
    auto const imported = import_markdown(source->content,
        {.source_name = "x.md", .as = domain::catalog::VersionReference::parse("bio2@1.3-rc1").value()});
    ASSERT_TRUE(imported);
    EXPECT_EQ(imported->version.reference().to_string(), "bio2@1.3-rc1");
}

struct MalformedCase {
    char const* name;
    char const* text;
    std::uint64_t line; // 0: no line expected
    char const* message_part;
};

TEST(MinbzkImporter, MalformedInputIsRefusedWithItsLine)
{
    MalformedCase const cases[] = {
        {"empty", "", 0, "no measure headings"},
        {"prose only", "# Titel\nTekst zonder maatregelen.\n", 0, "no measure headings"},
        {"heading not a number", "De BIO2 versie 1.3 in de GitHub-omgeving\n## 5.01.01\nTekst.\n## Inleiding\n", 4,
            "not a measure number"},
        {"heading with bad number", "## 5.01.01\nTekst.\n\n## 5.x.01\nTekst.\n", 4, "not a measure number"},
        {"duplicate", "De BIO2 versie 1.3 in de GitHub-omgeving\n## 5.01.01\nA.\n## 5.01.01\nB.\n", 4,
            "already used at line 2"},
        {"unknown control", "De BIO2 versie 1.3 in de GitHub-omgeving\n## 5.38.01\nA.\n", 2, "no control 5.38"},
        {"move without target", "De BIO2 versie 1.3 in de GitHub-omgeving\n## 5.01.01\nVerplaatst naar elders.\n", 2,
            "needs a measure number"},
        {"no version", "## 5.01.01\nTekst.\n", 0, "--as"},
        {"invalid utf-8", "## 5.01.01\nTekst \xff.\n", 2, "UTF-8"},
    };
    for (auto const& c : cases) {
        auto const imported = import_markdown(c.text, {.source_name = "bad.md"});
        ASSERT_FALSE(imported) << c.name;
        EXPECT_EQ(imported.error().kind(), ErrorKind::Invalid) << c.name;
        EXPECT_NE(imported.error().message().find(c.message_part), std::string::npos)
            << c.name << ": " << imported.error().to_string();
        if (c.line != 0) {
            EXPECT_EQ(imported.error().location().line, c.line) << c.name;
        }
        EXPECT_EQ(imported.error().location().source, "bad.md") << c.name;
    }
}

TEST(MinbzkImporter, ShortHeadingIsNormalisedAndReported)
{
    auto const imported
        = import_markdown("De BIO2 versie 9.9 in de GitHub-omgeving\n## 5.1.1 \nTekst.\n", {.source_name = "x.md"});
    ASSERT_TRUE(imported) << imported.error().to_string();
    EXPECT_EQ(imported->version.items().front().number.to_string(), "5.01.01");
    ASSERT_EQ(imported->report.defects.size(), 1u);
    EXPECT_EQ(imported->report.defects[0].kind, DefectKind::NonNormalisedNumber);
    EXPECT_EQ(imported->report.defects[0].line, 2u);
}

} // namespace
} // namespace bolwerk::importers::minbzk
