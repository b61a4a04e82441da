#include "common/text.hpp"

#include <algorithm>

namespace bolwerk {

std::string_view trim(std::string_view text)
{
    auto const is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && is_space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && is_space(text.back()))
        text.remove_suffix(1);
    return text;
}

std::string to_ascii_lower(std::string_view text)
{
    std::string lower(text);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return lower;
}

bool is_ascii_digits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        auto const end = text.find(separator, start);
        if (end == std::string_view::npos) {
            parts.push_back(text.substr(start));
            return parts;
        }
        parts.push_back(text.substr(start, end - start));
        start = end + 1;
    }
}

std::string replace_all(std::string text, std::string_view from, std::string_view to)
{
    if (from.empty())
        return text;
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

std::string fill(std::string text, std::initializer_list<std::pair<std::string_view, std::string>> values)
{
    // One pass over the message: a value that itself contains "{name}" (a person's name,
    // an object id) is copied as it is, never expanded by a later placeholder.
    std::string filled;
    filled.reserve(text.size());
    std::size_t at = 0;
    while (at < text.size()) {
        auto const open = text.find('{', at);
        auto const close = open == std::string::npos ? std::string::npos : text.find('}', open);
        if (close == std::string::npos)
            break;
        std::string_view const name(text.data() + open + 1, close - open - 1);
        auto const match
            = std::find_if(values.begin(), values.end(), [&](auto const& value) { return value.first == name; });
        filled.append(text, at, open - at);
        if (match != values.end()) {
            filled += match->second;
            at = close + 1;
        } else {
            filled += '{';
            at = open + 1;
        }
    }
    filled.append(text, at, std::string::npos);
    return filled;
}

std::string escape_xml(std::string_view text)
{
    std::string escaped;
    escaped.reserve(text.size());
    for (char const c : text) {
        switch (c) {
        case '&': escaped += "&amp;"; break;
        case '<': escaped += "&lt;"; break;
        case '>': escaped += "&gt;"; break;
        case '"': escaped += "&quot;"; break;
        case '\'': escaped += "&#39;"; break;
        default: escaped += c;
        }
    }
    return escaped;
}

std::size_t edit_distance(std::string_view left, std::string_view right)
{
    std::vector<std::size_t> previous(right.size() + 1);
    std::vector<std::size_t> current(right.size() + 1);
    for (std::size_t j = 0; j <= right.size(); ++j)
        previous[j] = j;
    for (std::size_t i = 1; i <= left.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= right.size(); ++j) {
            std::size_t const substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[right.size()];
}

std::optional<std::string> nearest_word(std::string_view word, std::vector<std::string_view> const& candidates)
{
    // A typo is at most a third of the word away; further than that is a different word.
    std::size_t const limit = std::max<std::size_t>(1, word.size() / 3);
    std::optional<std::string> best;
    std::size_t best_distance = limit + 1;
    for (auto candidate : candidates) {
        std::size_t const distance = edit_distance(word, candidate);
        bool const is_prefix = candidate.size() > word.size() && candidate.substr(0, word.size()) == word;
        std::size_t const score = is_prefix ? std::min<std::size_t>(distance, 1) : distance;
        if (score < best_distance) {
            best_distance = score;
            best = std::string(candidate);
        }
    }
    return best;
}

} // namespace bolwerk
