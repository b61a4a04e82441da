#pragma once

#include "common/result.hpp"

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::domain::catalog {

/// A requirement clause of ISO/IEC 27001:2022, the ISMS requirements of clauses 4
/// (context) to 10 (improvement), optionally with sub-clauses: "4", "6.1.2", "9.3.1".
/// Invariant: the top clause is 4–10 and there are at most three sub-levels.
class ClauseNumber {
public:
    static Result<ClauseNumber> parse(std::string_view text);

    std::uint8_t top() const { return m_parts.front(); }
    std::vector<std::uint8_t> const& parts() const { return m_parts; }
    std::string to_string() const;

    friend auto operator<=>(ClauseNumber const&, ClauseNumber const&) = default;

private:
    explicit ClauseNumber(std::vector<std::uint8_t> parts)
        : m_parts(std::move(parts))
    {
    }

    std::vector<std::uint8_t> m_parts;
};

} // namespace bolwerk::domain::catalog
