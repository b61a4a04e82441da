#pragma once

#include "common/result.hpp"
#include "common/text.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

// The stored names of the supplier module's enums: one table per enum gives both
// directions, so a name is written once. Internal to domain/supplier.
namespace bolwerk::domain::supplier_detail {

template <typename Enum, std::size_t Size>
using NameTable = std::array<std::pair<Enum, std::string_view>, Size>;

/// The stored name of `value`; every enumerator is in its table (tests check).
template <typename Enum, std::size_t Size>
std::string_view name_of(NameTable<Enum, Size> const& table, Enum value)
{
    for (auto const& [candidate, name] : table) {
        if (candidate == value)
            return name;
    }
    return table.front().second;
}

/// Reads a stored name, case-insensitively after trimming. The error names `field`
/// and lists the names it expected.
template <typename Enum, std::size_t Size>
Result<Enum> parse_name(
    NameTable<Enum, Size> const& table, std::string_view text, std::string const& field, std::string_view what)
{
    auto const wanted = to_ascii_lower(trim(text));
    for (auto const& [value, name] : table) {
        if (name == wanted)
            return value;
    }
    std::string expected;
    for (std::size_t i = 0; i < Size; ++i) {
        if (i > 0)
            expected += i + 1 == Size ? " or " : ", ";
        expected += table[i].second;
    }
    return Error::invalid(
        "unknown " + std::string(what) + " '" + std::string(text) + "' (expected " + expected + ")", {.field = field});
}

} // namespace bolwerk::domain::supplier_detail
