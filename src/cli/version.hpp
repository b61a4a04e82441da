#pragma once

#include <string_view>

namespace bolwerk::cli {

/// The version of this Bolwerk (CMakeLists.txt `project(... VERSION)`), printed by
/// `bolwerk version` and recorded in backups.
inline constexpr std::string_view bolwerk_version = "0.1.0";

} // namespace bolwerk::cli
