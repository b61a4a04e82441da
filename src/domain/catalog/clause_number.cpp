#include "domain/catalog/clause_number.hpp"

#include "common/text.hpp"

#include <charconv>

namespace bolwerk::domain::catalog {

namespace {

constexpr std::uint8_t first_clause = 4;
constexpr std::uint8_t last_clause = 10;
constexpr std::size_t max_parts = 4;

Error not_a_clause(std::string_view text)
{
    return Error::invalid("'" + std::string(text) + "' is not an ISO/IEC 27001:2022 clause (4 to 10, e.g. 6.1.2)");
}

} // namespace

Result<ClauseNumber> ClauseNumber::parse(std::string_view text)
{
    auto const pieces = split(trim(text), '.');
    if (pieces.empty() || pieces.size() > max_parts)
        return not_a_clause(text);
    std::vector<std::uint8_t> parts;
    for (auto const piece : pieces) {
        if (piece.empty() || piece.size() > 2 || !is_ascii_digits(piece))
            return not_a_clause(text);
        unsigned value = 0;
        std::from_chars(piece.data(), piece.data() + piece.size(), value);
        parts.push_back(static_cast<std::uint8_t>(value));
    }
    if (parts.front() < first_clause || parts.front() > last_clause)
        return not_a_clause(text);
    return ClauseNumber(std::move(parts));
}

std::string ClauseNumber::to_string() const
{
    std::string text;
    for (auto const part : m_parts)
        text += (text.empty() ? "" : ".") + std::to_string(part);
    return text;
}

} // namespace bolwerk::domain::catalog
