#pragma once

#include <cstddef>
#include <cstdint>

namespace bolwerk::domain::governance {

/// A part of a whole, as counted ("12 of 40"): the figures of the In Control
/// Verklaring, the awareness share and access reviews are all of this shape.
struct Share {
    std::size_t part = 0;
    std::size_t whole = 0;

    /// Whole percent, rounded half up; 0 for an empty whole.
    std::int64_t percent() const
    {
        if (whole == 0)
            return 0;
        return static_cast<std::int64_t>((part * 200 + whole) / (whole * 2));
    }
    friend bool operator==(Share const&, Share const&) = default;
};

} // namespace bolwerk::domain::governance
