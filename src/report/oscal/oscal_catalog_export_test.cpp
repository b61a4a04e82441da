#include "report/oscal/oscal_catalog_export.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <regex>

namespace bolwerk::report::oscal {
namespace {

using domain::catalog::BuiltinIndex;
using domain::catalog::VersionReference;

// The OSCAL token pattern (ids, names, classes), ASCII subset.
bool is_token(std::string const& text)
{
    static std::regex const token("^[A-Za-z_][A-Za-z0-9._-]*$");
    return std::regex_match(text, token);
}

void expect_valid_control(nlohmann::json const& control, std::size_t& count)
{
    ++count;
    ASSERT_TRUE(control.contains("id") && control.contains("title")) << control.dump();
    EXPECT_TRUE(is_token(control["id"].get<std::string>())) << control["id"];
    for (auto const& part : control.value("parts", nlohmann::json::array())) {
        EXPECT_TRUE(is_token(part["name"].get<std::string>()));
        EXPECT_FALSE(part["prose"].get<std::string>().empty());
    }
    for (auto const& link : control.value("links", nlohmann::json::array()))
        EXPECT_EQ(link["href"].get<std::string>().front(), '#');
    for (auto const& child : control.value("controls", nlohmann::json::array()))
        expect_valid_control(child, count);
}

TEST(OscalCatalogExport, HasTheShapeOfAnOscal11Catalog)
{
    auto const index = BuiltinIndex::load().value();
    auto const& version = *index.version(VersionReference{"bio2", "1.3"});
    auto const text = export_oscal_catalog_json(version, index, Timestamp{std::chrono::seconds{1'790'000'000}});
    auto const document = nlohmann::json::parse(text);
    auto const& catalog = document.at("catalog");
    EXPECT_TRUE(std::regex_match(catalog.at("uuid").get<std::string>(),
        std::regex("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")));
    auto const& metadata = catalog.at("metadata");
    EXPECT_EQ(metadata.at("oscal-version"), "1.1.2");
    EXPECT_EQ(metadata.at("version"), "1.3");
    EXPECT_EQ(metadata.at("last-modified"), "2026-09-21T14:13:20.000000Z");
    ASSERT_EQ(catalog.at("groups").size(), 4u);
    std::size_t iso_controls = 0;
    std::size_t all_controls = 0;
    for (auto const& group : catalog["groups"]) {
        iso_controls += group.at("controls").size();
        for (auto const& control : group["controls"])
            expect_valid_control(control, all_controls);
    }
    EXPECT_EQ(iso_controls, 93u);
    EXPECT_EQ(all_controls, 93u + 166u);
}

TEST(OscalCatalogExport, UuidDependsOnlyOnTheName)
{
    EXPECT_EQ(name_based_uuid("a"), name_based_uuid("a"));
    EXPECT_NE(name_based_uuid("a"), name_based_uuid("b"));
}

} // namespace
} // namespace bolwerk::report::oscal
