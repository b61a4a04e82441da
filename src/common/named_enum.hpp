#pragma once

#include "common/result.hpp"
#include "common/text.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

// One table per enumeration holds the stored names of its values (the names used in SQL,
// JSON and CSV), so that to_string and parse cannot drift apart.
namespace bolwerk {

template <typename Enum>
struct EnumName {
    Enum value;
    std::string_view name;
};

/// The stored name of `value`; empty if the table lacks it (a bug the tests catch).
template <typename Enum, std::size_t N>
constexpr std::string_view enum_name(std::array<EnumName<Enum>, N> const& names, Enum value)
{
    for (auto const& entry : names) {
        if (entry.value == value)
            return entry.name;
    }
    return {};
}

/// The value whose stored name is `text` (trimmed, ASCII case ignored). The error names
/// `what` and lists the names that are accepted.
template <typename Enum, std::size_t N>
Result<Enum> parse_enum(std::array<EnumName<Enum>, N> const& names, std::string_view text, std::string_view what)
{
    auto const wanted = to_ascii_lower(trim(text));
    std::string expected;
    for (std::size_t index = 0; index < N; ++index) {
        if (names[index].name == wanted)
            return names[index].value;
        expected += (index == 0 ? "" : index + 1 == N ? " or " : ", ") + std::string(names[index].name);
    }
    return Error::invalid("unknown " + std::string(what) + " '" + std::string(text) + "' (expected " + expected + ")");
}

} // namespace bolwerk
