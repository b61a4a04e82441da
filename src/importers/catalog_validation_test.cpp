#include "importers/catalog_validation.hpp"

#include <gtest/gtest.h>

namespace bolwerk::importers {
namespace {

using domain::catalog::ItemKind;
using domain::catalog::MeasureNumber;

MeasureNumber number(char const* text) { return MeasureNumber::parse(text).value(); }

LocatedItem entry(char const* id, ItemKind kind, std::string text, std::uint64_t line,
    std::optional<MeasureNumber> target = {}, std::vector<TextReference> references = {})
{
    return {{number(id), kind, target, std::move(text), {}}, line, false, false, std::move(references)};
}

TEST(CatalogValidation, CleanEntriesHaveNoDefects)
{
    auto const defects = validate_entries({entry("5.01.01", ItemKind::Substantive, "A", 1),
        entry("5.01.02", ItemKind::Reference, "Zie", 2, number("5.01.01"))});
    EXPECT_TRUE(defects.empty());
}

TEST(CatalogValidation, FindsEachKindOfDefect)
{
    struct Case {
        char const* name;
        std::vector<LocatedItem> entries;
        DefectKind expected;
        std::uint64_t line;
    };
    std::vector<Case> const cases{
        {"duplicate", {entry("5.01.01", ItemKind::Substantive, "A", 1), entry("5.01.01", ItemKind::None, "B", 5)},
            DefectKind::DuplicateNumber, 5},
        {"dangling move", {entry("5.26.01", ItemKind::Moved, "", 3, number("5.25.02"))}, DefectKind::DanglingTarget, 3},
        {"move to a placeholder",
            {entry("5.01.01", ItemKind::None, "Geen", 1), entry("5.02.01", ItemKind::Moved, "", 4, number("5.01.01"))},
            DefectKind::DanglingTarget, 4},
        {"text reference to nothing",
            {entry("5.01.01", ItemKind::Substantive, "zie 5.09.09", 1, {}, {{number("5.09.09"), false, 2}})},
            DefectKind::DanglingTarget, 2},
        {"repeated text",
            {entry("8.16.02", ItemKind::Substantive, "Zelfde  tekst.", 1),
                entry("8.16.03", ItemKind::Substantive, "Zelfde tekst.\n", 4)},
            DefectKind::RepeatedText, 4},
        {"unknown control", {entry("6.09.01", ItemKind::Substantive, "A", 7)}, DefectKind::UnknownControl, 7},
    };
    for (auto const& c : cases) {
        auto const defects = validate_entries(c.entries);
        ASSERT_EQ(defects.size(), 1u) << c.name;
        EXPECT_EQ(defects[0].kind, c.expected) << c.name;
        EXPECT_EQ(defects[0].line, c.line) << c.name;
    }
}

TEST(CatalogValidation, ReportsNonNormalisedNumbers)
{
    auto item = entry("8.16.03", ItemKind::Substantive, "A", 1, {}, {{number("8.16.03"), true, 2}});
    item.number_was_normalised = true;
    auto const defects = validate_entries({item});
    ASSERT_EQ(defects.size(), 2u);
    EXPECT_EQ(defects[0].kind, DefectKind::NonNormalisedNumber);
    EXPECT_EQ(defects[1].line, 2u);
}

TEST(CatalogValidation, CollapsesWhitespace)
{
    EXPECT_EQ(collapse_whitespace("  a \n\t b  "), "a b");
    EXPECT_EQ(collapse_whitespace(""), "");
}

} // namespace
} // namespace bolwerk::importers
