#pragma once

#include <charconv>
#include <concepts>
#include <cstdint>
#include <optional>
#include <string_view>
#include <system_error>

namespace bolwerk {

/// The whole of `text` as a decimal integer of type T: digits with an optional leading
/// '-' (no '+', no spaces, nothing after them). Nothing when `text` is empty, holds
/// anything else, or does not fit in T. The one integer parser for path parameters,
/// form fields, query values and headers (issue #11 item 3); the caller says what a
/// number out of its own range means.
template <std::integral T = std::int64_t>
std::optional<T> parse_integer(std::string_view text)
{
    T value{};
    auto const* const end = text.data() + text.size();
    auto const parsed = std::from_chars(text.data(), end, value);
    if (parsed.ec != std::errc{} || parsed.ptr != end)
        return std::nullopt;
    return value;
}

} // namespace bolwerk
