#include "report/supplier/chain_graph.hpp"

#include <gtest/gtest.h>

namespace bolwerk::report::supplier {
namespace {

std::size_t occurrences(std::string const& text, std::string_view part)
{
    std::size_t count = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size()))
        ++count;
    return count;
}

std::vector<domain::ChainNode> chain()
{
    domain::ChainNode hosting;
    hosting.id = ChainNodeId(1);
    hosting.service_id = DeliveredServiceId(1);
    hosting.name = "Big <Cloud> & Co";
    hosting.country = domain::CountryCode::parse("IE").value();
    hosting.cloud_service_provider = true;
    hosting.provides = "Hosting";
    hosting.requirements = {{"BIV vertrouwelijkheid", true, ""}};
    domain::ChainNode power = hosting;
    power.id = ChainNodeId(2);
    power.parent = ChainNodeId(1);
    power.name = "Stroomleverancier met een heel erg lange naam die niet in het vak past";
    power.cloud_service_provider = false;
    power.provides = "Stroom";
    power.requirements = {{"5.20.04", false, "Geen toegang tot gegevens"}, {"5.20.05", true, ""}};
    return {hosting, power};
}

TEST(ChainGraph, AccessibleSvgWithEscapedText)
{
    auto const nodes = chain();
    auto const tree = domain::build_chain_tree(nodes).value();
    auto const svg = chain_graph_svg("Zaak <B.V.>", "Zaaksysteem", tree, Language::Dutch, "keten-1");
    EXPECT_EQ(svg.rfind("<svg ", 0), 0u);
    EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
    EXPECT_NE(svg.find("aria-labelledby=\"keten-1-title keten-1-desc\""), std::string::npos);
    EXPECT_NE(svg.find("<title id=\"keten-1-title\">Toeleveringsketen van Zaaksysteem</title>"), std::string::npos);
    EXPECT_NE(svg.find("<desc id=\"keten-1-desc\">Zaak &lt;B.V.&gt; levert Zaaksysteem met 2 toeleverancier(s) in 2 "
                       "niveau(s); 1 met uitgesloten eisen.</desc>"),
        std::string::npos)
        << svg;
    EXPECT_NE(svg.find("Big &lt;Cloud&gt; &amp; Co"), std::string::npos);
    EXPECT_EQ(svg.find("<Cloud>"), std::string::npos);
    EXPECT_NE(svg.find("niveau 1 · IE · cloud"), std::string::npos);
    EXPECT_NE(svg.find("niveau 2 · IE · 1 eis uitgesloten"), std::string::npos);
    // Shortened on a character boundary, the full name stays in the table.
    EXPECT_NE(svg.find("Stroomleverancier met een heel erg lange…"), std::string::npos);
    // The box with an exclusion is dashed: meaning never by colour alone.
    EXPECT_EQ(occurrences(svg, "stroke-dasharray=\"6 3\""), 1u);
    // Three boxes, two elbows of two lines each.
    EXPECT_EQ(occurrences(svg, "fill=\"none\""), 3u);
    EXPECT_EQ(occurrences(svg, "<line "), 4u);
    EXPECT_EQ(svg.substr(svg.size() - 6), "</svg>");
}

TEST(ChainGraph, EnglishAndEmptyChains)
{
    auto const empty = domain::build_chain_tree({}).value();
    auto const svg = chain_graph_svg("Acme", "Mail", empty, Language::English, "c");
    EXPECT_NE(svg.find("<title id=\"c-title\">Supply chain of Mail</title>"), std::string::npos);
    EXPECT_NE(svg.find("Acme delivers Mail without sub-suppliers."), std::string::npos);
    EXPECT_NE(svg.find("supplier of Mail"), std::string::npos);
}

TEST(ChainGraph, ShortensMultiByteNamesOnCharacterBoundaries)
{
    auto nodes = chain();
    nodes[0].name = std::string(45, 'a');
    nodes[0].name.replace(39, 2, "é"); // the 40th character is two bytes
    auto const tree = domain::build_chain_tree(nodes).value();
    auto const svg = chain_graph_svg("S", "D", tree, Language::Dutch, "c");
    EXPECT_NE(svg.find(std::string(39, 'a') + "é…"), std::string::npos);
}

TEST(ChainTable, CarriesTheSameFactsAsTheGraph)
{
    auto const nodes = chain();
    auto const tree = domain::build_chain_tree(nodes).value();
    auto const table = chain_table("Zaak B.V.", "Zaaksysteem", tree, Language::Dutch);
    EXPECT_EQ(table.caption, "Toeleveringsketen van Zaaksysteem (Zaak B.V.)");
    ASSERT_EQ(table.columns.size(), 8u);
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.rows[0].header, "Big <Cloud> & Co");
    EXPECT_EQ(table.rows[0].cells,
        (std::vector<std::string>{"1", "Zaak B.V.", "Hosting", "IE", "ja", "BIV vertrouwelijkheid", ""}));
    EXPECT_EQ(table.rows[1].cells[1], "Big <Cloud> & Co");
    EXPECT_EQ(table.rows[1].cells[5], "5.20.05");
    EXPECT_EQ(table.rows[1].cells[6], "5.20.04 (Geen toegang tot gegevens)");
    EXPECT_EQ(chain_table("S", "D", tree, Language::English).columns[0], "Sub-supplier");
}

} // namespace
} // namespace bolwerk::report::supplier
