#pragma once

#include <string>
#include <string_view>

namespace bolwerk::domain {

/// Makes an uploaded file's name safe to store, show and send back in a
/// Content-Disposition header: only the last path component, no control characters,
/// no characters that are special in file systems or headers (/ \ : * ? " < > | ;),
/// no leading dots (hidden files, "..") or trailing dots and spaces, runs of white
/// space as one space, at most `max_file_name_bytes` bytes cut on a character
/// boundary, and invalid UTF-8 replaced by '_'. A name with nothing left becomes
/// "bestand". The result is never empty.
std::string sanitise_file_name(std::string_view name);

inline constexpr std::size_t max_file_name_bytes = 200;

} // namespace bolwerk::domain
