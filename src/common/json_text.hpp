#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>

namespace bolwerk {

enum class JsonLayout : std::uint8_t { Compact, Indented };

/// `value` as JSON text. Text that is not UTF-8 (which nlohmann::json::dump() throws
/// on, type_error.316) is written with U+FFFD in place of each bad byte: our code does
/// not throw (STYLE.md 4.5), and every JSON document we write goes through here.
/// Request fields are refused at the edge when they are not UTF-8; this is the net
/// under text from anywhere else (an old row, a file, a library's message).
std::string json_text(nlohmann::json const& value, JsonLayout layout = JsonLayout::Compact);

} // namespace bolwerk
