#include "domain/organisation.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain {
namespace {

TEST(OrganisationKind, ParsesEveryStoredNameAndRoundTrips)
{
    for (auto const* name : {"rijk", "provincie", "gemeente", "waterschap", "zbo", "other"}) {
        auto const kind = parse_organisation_kind(name);
        ASSERT_TRUE(kind.has_value()) << name;
        EXPECT_EQ(to_string(*kind), name);
    }
    EXPECT_EQ(*parse_organisation_kind(" Gemeente "), OrganisationKind::Gemeente);
}

TEST(OrganisationKind, RejectsUnknownKindNamingTheField)
{
    auto const kind = parse_organisation_kind("stadsdeel");
    ASSERT_FALSE(kind.has_value());
    EXPECT_EQ(kind.error().kind(), ErrorKind::Invalid);
    EXPECT_EQ(kind.error().location().field, "kind");
}

struct DraftCase {
    char const* name{};
    char const* kind{};
    std::optional<std::string_view> oin;
    std::optional<std::string_view> kvk;
    char const* failing_field{}; // nullptr when the draft is valid
};

TEST(OrganisationDraft, ValidatesEachField)
{
    DraftCase const cases[] = {
        {"Gemeente Utrecht", "gemeente", std::nullopt, std::nullopt, nullptr},
        {"  Waterschap Vallei  ", "waterschap", "00000001234567890000", std::nullopt, nullptr},
        {"Provincie Gelderland", "provincie", std::nullopt, "51277891", nullptr},
        {"Leeg OIN", "rijk", "", "", nullptr},
        {"", "gemeente", std::nullopt, std::nullopt, "name"},
        {"   ", "gemeente", std::nullopt, std::nullopt, "name"},
        {"Tab\tin naam", "gemeente", std::nullopt, std::nullopt, "name"},
        {"Gemeente X", "dorp", std::nullopt, std::nullopt, "kind"},
        {"Gemeente X", "gemeente", "1234", std::nullopt, "oin"},
        {"Gemeente X", "gemeente", "0000000123456789000A", std::nullopt, "oin"},
        {"Gemeente X", "gemeente", std::nullopt, "1234567", "kvk_number"},
    };
    for (auto const& c : cases) {
        auto const draft = OrganisationDraft::create(c.name, c.kind, c.oin, c.kvk);
        if (c.failing_field == nullptr) {
            EXPECT_TRUE(draft.has_value()) << c.name << ": " << draft.error().to_string();
        } else {
            ASSERT_FALSE(draft.has_value()) << c.name;
            EXPECT_EQ(draft.error().location().field, c.failing_field) << c.name;
        }
    }
}

TEST(OrganisationDraft, TrimsNameAndRejectsOverlongName)
{
    EXPECT_EQ(OrganisationDraft::create("  Rijkswaterstaat ", "rijk", {}, {})->name, "Rijkswaterstaat");
    EXPECT_FALSE(OrganisationDraft::create(std::string(201, 'x'), "rijk", {}, {}).has_value());
    EXPECT_TRUE(OrganisationDraft::create(std::string(200, 'x'), "rijk", {}, {}).has_value());
}

} // namespace
} // namespace bolwerk::domain
