#include "domain/catalog/measure_number.hpp"

#include "common/text.hpp"

#include <charconv>
#include <cstdio>

namespace bolwerk::domain::catalog {

namespace {

struct Part {
    std::uint8_t value = 0;
    bool normalised = false;
};

// One dot-separated part of `max_digits` digits at most; normalised when it has
// exactly `normal_digits`.
std::optional<Part> parse_part(std::string_view text, std::size_t max_digits, std::size_t normal_digits)
{
    if (text.empty() || text.size() > max_digits || !is_ascii_digits(text))
        return std::nullopt;
    unsigned value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return Part{static_cast<std::uint8_t>(value), text.size() == normal_digits};
}

Error not_a_measure_number(std::string_view text)
{
    return Error::invalid("'" + std::string(text) + "' is not a measure number like 5.17.01");
}

} // namespace

Result<MeasureNumber::Lenient> MeasureNumber::parse_lenient(std::string_view text)
{
    auto const parts = split(text, '.');
    if (parts.size() != 3)
        return not_a_measure_number(text);
    auto const chapter = parse_part(parts[0], 1, 1);
    auto const control = parse_part(parts[1], 2, 2);
    auto const sequence = parse_part(parts[2], 2, 2);
    if (!chapter || !control || !sequence || chapter->value == 0 || control->value == 0)
        return not_a_measure_number(text);
    return Lenient{
        MeasureNumber(chapter->value, control->value, sequence->value), !(control->normalised && sequence->normalised)};
}

Result<MeasureNumber> MeasureNumber::parse(std::string_view text)
{
    auto const lenient = TRY(parse_lenient(text));
    if (lenient.was_normalised)
        return Error::invalid(
            "'" + std::string(text) + "' is not normalised; write it as " + lenient.number.to_string());
    return lenient.number;
}

MeasureNumber MeasureNumber::from_parts(std::uint8_t chapter, std::uint8_t control, std::uint8_t sequence)
{
    BOLWERK_VERIFY(chapter >= 1 && chapter <= 9 && control >= 1 && control <= 99 && sequence <= 99);
    return MeasureNumber(chapter, control, sequence);
}

std::optional<ControlNumber> MeasureNumber::control() const
{
    auto control = ControlNumber::create(m_chapter, m_control);
    if (!control)
        return std::nullopt;
    return *control;
}

std::string MeasureNumber::to_string() const
{
    char buffer[16];
    (void)std::snprintf(
        buffer, sizeof buffer, "%u.%02u.%02u", unsigned{m_chapter}, unsigned{m_control}, unsigned{m_sequence});
    return buffer;
}

} // namespace bolwerk::domain::catalog
