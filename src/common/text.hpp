#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bolwerk {

/// Small text helpers shared by every layer. All work on UTF-8 bytes; "ASCII" in a
/// name means the function leaves non-ASCII bytes alone.

std::string_view trim(std::string_view text);
std::string to_ascii_lower(std::string_view text);
bool is_ascii_digits(std::string_view text);
std::vector<std::string_view> split(std::string_view text, char separator);

/// `text` with every occurrence of `from` replaced by `to` (left to right, not rescanned).
std::string replace_all(std::string text, std::string_view from, std::string_view to);

/// A message with its placeholders filled: each `{name}` of `values` replaced by its value,
/// e.g. fill("{count} risico's", {{"count", "3"}}). Unknown placeholders stay as they are.
std::string fill(std::string text, std::initializer_list<std::pair<std::string_view, std::string>> values);

/// Escapes &, <, >, " and ' for XML and HTML text and attribute values.
std::string escape_xml(std::string_view text);

/// Levenshtein edit distance, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view left, std::string_view right);

/// The candidate nearest to `word`, if it is near enough to be a plausible typo.
std::optional<std::string> nearest_word(std::string_view word, std::vector<std::string_view> const& candidates);

} // namespace bolwerk
