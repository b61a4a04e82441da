#pragma once

#include "common/result.hpp"
#include "domain/catalog/control_number.hpp"

#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace bolwerk::domain::catalog {

/// The number of one BIO2 overheidsmaatregel (government measure), `C.CC.NN`: the
/// ISO/IEC 27002:2022 control it belongs to (chapter and control) and a sequence
/// number, e.g. 5.17.01 (BIO2 deel 2, introduction: "De eerste drie cijfers …").
/// Parsed once; after that it is compared and printed, never handled as text.
/// Invariant: chapter 1–9, control 1–99, sequence 0–99. Whether the control exists
/// in ISO/IEC 27002:2022 is a separate question (control()), because a catalog
/// that names a missing control must still be readable to be reported.
class MeasureNumber {
public:
    /// Accepts only the normalised form "5.17.01".
    static Result<MeasureNumber> parse(std::string_view text);

    /// A number read from a text that may use the short form "8.16.3" or "5.1.1".
    struct Lenient;
    /// Accepts the normalised and the short form and says which it was, so that
    /// importers can report non-normalised references.
    static Result<Lenient> parse_lenient(std::string_view text);

    static MeasureNumber from_parts(std::uint8_t chapter, std::uint8_t control, std::uint8_t sequence);

    std::uint8_t chapter() const { return m_chapter; }
    std::uint8_t control_number() const { return m_control; }
    std::uint8_t sequence() const { return m_sequence; }
    /// The ISO/IEC 27002:2022 control, or nothing if that control does not exist.
    std::optional<ControlNumber> control() const;

    /// "5.17.01"
    std::string to_string() const;

    friend auto operator<=>(MeasureNumber, MeasureNumber) = default;

private:
    MeasureNumber(std::uint8_t chapter, std::uint8_t control, std::uint8_t sequence)
        : m_chapter(chapter)
        , m_control(control)
        , m_sequence(sequence)
    {
    }

    std::uint8_t m_chapter;
    std::uint8_t m_control;
    std::uint8_t m_sequence;
};

struct MeasureNumber::Lenient {
    MeasureNumber number;
    bool was_normalised = false; ///< The text was not in the form "C.CC.NN".
};

} // namespace bolwerk::domain::catalog

template <>
struct std::hash<bolwerk::domain::catalog::MeasureNumber> {
    std::size_t operator()(bolwerk::domain::catalog::MeasureNumber number) const noexcept
    {
        return (std::size_t{number.chapter()} << 16) | (std::size_t{number.control_number()} << 8) | number.sequence();
    }
};
