#include "domain/catalog/word_diff.hpp"

namespace bolwerk::domain::catalog {

namespace {

std::vector<std::string_view> words_of(std::string_view text)
{
    std::vector<std::string_view> words;
    std::size_t at = 0;
    while (at < text.size()) {
        auto const start = text.find_first_not_of(" \t\r\n", at);
        if (start == std::string_view::npos)
            break;
        auto const end = std::min(text.find_first_of(" \t\r\n", start), text.size());
        words.push_back(text.substr(start, end - start));
        at = end;
    }
    return words;
}

// lengths[i][j]: the longest common subsequence of before[i..] and after[j..].
std::vector<std::vector<std::uint32_t>> suffix_lcs(
    std::vector<std::string_view> const& before, std::vector<std::string_view> const& after)
{
    std::vector<std::vector<std::uint32_t>> lengths(before.size() + 1, std::vector<std::uint32_t>(after.size() + 1));
    for (std::size_t i = before.size(); i-- > 0;)
        for (std::size_t j = after.size(); j-- > 0;)
            lengths[i][j]
                = before[i] == after[j] ? lengths[i + 1][j + 1] + 1 : std::max(lengths[i + 1][j], lengths[i][j + 1]);
    return lengths;
}

void append(std::vector<WordChange>& changes, WordChange::Kind kind, std::string_view word)
{
    if (changes.empty() || changes.back().kind != kind) {
        changes.push_back({kind, std::string(word)});
        return;
    }
    changes.back().words += ' ';
    changes.back().words += word;
}

} // namespace

std::vector<WordChange> diff_words(std::string_view before_text, std::string_view after_text)
{
    auto const before = words_of(before_text);
    auto const after = words_of(after_text);
    auto const lengths = suffix_lcs(before, after);
    std::vector<WordChange> changes;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < before.size() || j < after.size()) {
        if (i < before.size() && j < after.size() && before[i] == after[j]) {
            append(changes, WordChange::Kind::Same, before[i++]);
            ++j;
        } else if (i < before.size() && (j == after.size() || lengths[i + 1][j] >= lengths[i][j + 1])) {
            append(changes, WordChange::Kind::Removed, before[i++]);
        } else {
            append(changes, WordChange::Kind::Added, after[j++]);
        }
    }
    return changes;
}

} // namespace bolwerk::domain::catalog
