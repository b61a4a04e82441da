#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

/// Shared by every fuzz target: the libFuzzer entry point's bytes as text.
namespace bolwerk::fuzz {

inline std::string_view as_text(std::uint8_t const* data, std::size_t size)
{
    return {reinterpret_cast<char const*>(data), size};
}

/// Text that leaves an importer must be valid UTF-8, or the JSON output and audit
/// digests would fail later; nlohmann throws on anything else.
inline void require_utf8(std::string const& text)
{
    try {
        (void)nlohmann::json(text).dump();
    } catch (...) {
        std::abort();
    }
}

} // namespace bolwerk::fuzz

/// The libFuzzer entry point every target defines. replay_main.cpp calls it for each
/// seed file, so that CI runs the targets with the normal compiler.
extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size);
