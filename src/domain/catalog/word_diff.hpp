#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::domain::catalog {

/// One run of words in a word-level text diff.
struct WordChange {
    enum class Kind : std::uint8_t { Same, Removed, Added };
    Kind kind = Kind::Same;
    std::string words; ///< The words of the run, separated by single spaces.

    friend bool operator==(WordChange const&, WordChange const&) = default;
};

/// The shortest edit from `before` to `after`, word by word (longest common
/// subsequence over whitespace-separated words), as runs of same, removed and added
/// words. Quadratic in the word count, which is fine for measure texts (< 1,000 words).
std::vector<WordChange> diff_words(std::string_view before, std::string_view after);

} // namespace bolwerk::domain::catalog
