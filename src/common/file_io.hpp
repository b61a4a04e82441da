#pragma once

#include "common/result.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace bolwerk {

/// The whole file as bytes. Invalid, naming the path as the source, when it cannot be
/// opened (issue #11 item 3: the one file reader of the edges).
Result<std::string> read_file(std::filesystem::path const& path);

/// Creates or replaces the file with `content` and flushes it. Unavailable, naming the
/// path, when it cannot be written.
Result<void> write_file(std::filesystem::path const& path, std::string_view content);

} // namespace bolwerk
