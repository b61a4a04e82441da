#include "store/result_set.hpp"

#include "common/assert.hpp"

#include <charconv>

namespace bolwerk::store {

Value const& Row::value(std::size_t column) const
{
    BOLWERK_VERIFY(column < m_set->column_count());
    return m_set->cell(m_index, column);
}

bool Row::is_null(std::size_t column) const { return std::holds_alternative<Null>(value(column)); }

std::int64_t Row::int64(std::size_t column) const
{
    auto const& cell = value(column);
    if (auto const* number = std::get_if<std::int64_t>(&cell))
        return *number;
    // SQLite returns what was stored; an integer written as text by an older tool still
    // reads as a number.
    auto const* text = std::get_if<std::string>(&cell);
    BOLWERK_VERIFY(text != nullptr);
    std::int64_t number = 0;
    auto const parsed = std::from_chars(text->data(), text->data() + text->size(), number);
    BOLWERK_VERIFY(parsed.ec == std::errc{} && parsed.ptr == text->data() + text->size());
    return number;
}

double Row::real(std::size_t column) const
{
    auto const& cell = value(column);
    if (auto const* number = std::get_if<double>(&cell))
        return *number;
    if (auto const* integer = std::get_if<std::int64_t>(&cell))
        return static_cast<double>(*integer);
    BOLWERK_UNREACHABLE();
}

std::string const& Row::text(std::size_t column) const
{
    auto const* text = std::get_if<std::string>(&value(column));
    BOLWERK_VERIFY(text != nullptr);
    return *text;
}

std::string const& Row::blob(std::size_t column) const
{
    auto const& cell = value(column);
    if (auto const* blob = std::get_if<Blob>(&cell))
        return blob->bytes;
    auto const* text = std::get_if<std::string>(&cell);
    BOLWERK_VERIFY(text != nullptr);
    return *text;
}

std::optional<std::int64_t> Row::optional_int64(std::size_t column) const
{
    if (is_null(column))
        return std::nullopt;
    return int64(column);
}

std::optional<std::string> Row::optional_text(std::size_t column) const
{
    if (is_null(column))
        return std::nullopt;
    return text(column);
}

} // namespace bolwerk::store
