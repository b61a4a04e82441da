#pragma once

#include "common/result.hpp"

#include <array>
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::domain::catalog {

/// The four themes (chapters) of ISO/IEC 27002:2022 and of its Annex A copy in
/// ISO/IEC 27001:2022. The value is the chapter number.
enum class Theme : std::uint8_t { Organisational = 5, People = 6, Physical = 7, Technological = 8 };

std::string_view to_string(Theme theme);
/// How many controls the theme has in ISO/IEC 27002:2022 (37, 8, 14, 34).
std::uint8_t control_count(Theme theme);
/// The four themes in chapter order.
std::array<Theme, 4> const& all_themes();

/// The number of one ISO/IEC 27002:2022 control (Dutch: beheersmaatregel), 5.1 to
/// 8.34. Invariant: the control exists in the 2022 edition (93 controls in all).
class ControlNumber {
public:
    /// Accepts "5.1", "5.01" and the Annex A form "A.5.1"; rejects controls that do
    /// not exist in ISO/IEC 27002:2022 (e.g. 5.38, 6.9, 9.1).
    static Result<ControlNumber> parse(std::string_view text);
    /// The control if `chapter`.`number` exists, an Invalid error otherwise.
    static Result<ControlNumber> create(unsigned chapter, unsigned number);
    /// Every control of the 2022 edition in order, 93 in all.
    static std::vector<ControlNumber> const& all();

    Theme theme() const { return m_theme; }
    std::uint8_t number() const { return m_number; }
    /// "5.1"
    std::string to_string() const;
    /// "A.5.1", the ISO/IEC 27001:2022 Annex A reference of the same control.
    std::string annex_a_reference() const;

    friend auto operator<=>(ControlNumber, ControlNumber) = default;

private:
    ControlNumber(Theme theme, std::uint8_t number)
        : m_theme(theme)
        , m_number(number)
    {
    }

    Theme m_theme;
    std::uint8_t m_number;
};

} // namespace bolwerk::domain::catalog
