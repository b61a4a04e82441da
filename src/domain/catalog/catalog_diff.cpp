#include "domain/catalog/catalog_diff.hpp"

#include "common/text.hpp"

namespace bolwerk::domain::catalog {

namespace {

constexpr std::string_view old_term = "organisatie";
constexpr std::string_view new_term = "entiteit";

// A line without its list marker: "- x", "* x", "12. x" become "x".
std::string_view without_list_marker(std::string_view line)
{
    line = trim(line);
    if (line.size() > 1 && (line[0] == '-' || line[0] == '*') && line[1] == ' ')
        return trim(line.substr(2));
    std::size_t digits = 0;
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9')
        ++digits;
    if (digits > 0 && digits + 1 < line.size() && line[digits] == '.' && line[digits + 1] == ' ')
        return trim(line.substr(digits + 2));
    return line;
}

void classify_common(CatalogDiff& diff, CatalogItem const& before, CatalogItem const& after)
{
    auto const old_text = normalise_for_comparison(before.text);
    auto const new_text = normalise_for_comparison(after.text);
    if (old_text == new_text && before.kind == after.kind)
        diff.unchanged.push_back(after.number);
    else
        diff.reworded.push_back({after.number, diff_words(old_text, new_text)});
}

} // namespace

std::string normalise_for_comparison(std::string_view text)
{
    std::string joined;
    for (auto const line : split(text, '\n')) {
        joined += without_list_marker(line);
        joined += ' ';
    }
    joined = replace_all(std::move(joined), "<br>", " ");
    joined = replace_all(std::move(joined), old_term, new_term);
    std::string collapsed;
    for (auto const word : split(joined, ' ')) {
        auto const trimmed = trim(word);
        if (!trimmed.empty())
            collapsed += (collapsed.empty() ? "" : " ") + std::string(trimmed);
    }
    return collapsed;
}

CatalogDiff diff_catalogs(CatalogVersion const& from, CatalogVersion const& to)
{
    CatalogDiff diff{from.reference(), to.reference(), {}, {}, {}, {}, {}, {}};
    for (auto const& after : to.items()) {
        auto const* before = from.find(after.number);
        bool const was_measure = before && is_measure(before->kind);
        if (after.kind == ItemKind::Moved && !(before && before->kind == ItemKind::Moved))
            diff.moved.push_back(after);
        else if (after.kind == ItemKind::Withdrawn && !(before && before->kind == ItemKind::Withdrawn))
            diff.withdrawn.push_back(after.number);
        else if (is_measure(after.kind) && !was_measure)
            diff.added.push_back(after.number);
        else if (is_measure(after.kind))
            classify_common(diff, *before, after);
    }
    for (auto const& before : from.items())
        if (is_measure(before.kind) && !to.find(before.number))
            diff.removed.push_back(before.number);
    return diff;
}

} // namespace bolwerk::domain::catalog
