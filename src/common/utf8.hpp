#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace bolwerk {

/// UTF-8 as RFC 3629 defines it: no overlong forms (C0 AF), no surrogates (ED A0 80),
/// nothing above U+10FFFF, no truncated sequence. The one validator of the project:
/// request fields (web), import files (importers) and uploads (domain) all use it.

/// The length of the UTF-8 sequence that starts at text[at], or 0 if it is not
/// valid there (stray continuation byte, overlong form, surrogate, beyond U+10FFFF,
/// cut off by the end of `text`). `at` must be inside `text`.
std::size_t utf8_sequence_length(std::string_view text, std::size_t at);

/// The offset of the first byte that does not start a valid sequence, if any.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

inline bool is_valid_utf8(std::string_view text) { return !first_invalid_utf8(text).has_value(); }

/// `text` with every byte that does not start a valid sequence replaced by U+FFFD,
/// so that bad input can be named in a message without copying the bad bytes.
std::string replace_invalid_utf8(std::string_view text);

} // namespace bolwerk
