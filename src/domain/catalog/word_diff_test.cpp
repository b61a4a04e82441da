#include "domain/catalog/word_diff.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::catalog {
namespace {

using Kind = WordChange::Kind;

TEST(WordDiff, FindsTheShortestEditWordByWord)
{
    struct Case {
        char const* before;
        char const* after;
        std::vector<WordChange> expected;
    };
    std::vector<Case> const cases{
        {"a b c", "a b c", {{Kind::Same, "a b c"}}},
        {"", "", {}},
        {"", "x y", {{Kind::Added, "x y"}}},
        {"x y", "", {{Kind::Removed, "x y"}}},
        {"de organisatie stelt vast", "de entiteit stelt vast",
            {{Kind::Same, "de"}, {Kind::Removed, "organisatie"}, {Kind::Added, "entiteit"},
                {Kind::Same, "stelt vast"}}},
        {"a  b\nc", "a b c d", {{Kind::Same, "a b c"}, {Kind::Added, "d"}}},
    };
    for (auto const& c : cases)
        EXPECT_EQ(diff_words(c.before, c.after), c.expected) << c.before << " -> " << c.after;
}

} // namespace
} // namespace bolwerk::domain::catalog
