#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

/// Shared by every fuzz target: the libFuzzer entry point's bytes as text.
namespace bolwerk::fuzz {

inline std::string_view as_text(std::uint8_t const* data, std::size_t size)
{
    return {reinterpret_cast<char const*>(data), size};
}

} // namespace bolwerk::fuzz

/// The libFuzzer entry point every target defines. replay_main.cpp calls it for each
/// seed file, so that CI runs the targets with the normal compiler.
extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size);
