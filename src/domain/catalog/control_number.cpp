#include "domain/catalog/control_number.hpp"

#include "common/text.hpp"

#include <charconv>

namespace bolwerk::domain::catalog {

namespace {

constexpr unsigned first_chapter = 5;
constexpr unsigned last_chapter = 8;

std::optional<unsigned> parse_small_number(std::string_view text)
{
    if (text.empty() || text.size() > 2 || !is_ascii_digits(text))
        return std::nullopt;
    unsigned value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

} // namespace

std::string_view to_string(Theme theme)
{
    switch (theme) {
    case Theme::Organisational: return "organisational";
    case Theme::People: return "people";
    case Theme::Physical: return "physical";
    case Theme::Technological: return "technological";
    }
    return "unknown";
}

std::uint8_t control_count(Theme theme)
{
    // ISO/IEC 27002:2022 clauses 5 to 8.
    switch (theme) {
    case Theme::Organisational: return 37;
    case Theme::People: return 8;
    case Theme::Physical: return 14;
    case Theme::Technological: return 34;
    }
    return 0;
}

std::array<Theme, 4> const& all_themes()
{
    static constexpr std::array themes{Theme::Organisational, Theme::People, Theme::Physical, Theme::Technological};
    return themes;
}

Result<ControlNumber> ControlNumber::create(unsigned chapter, unsigned number)
{
    auto const name = std::to_string(chapter) + "." + std::to_string(number);
    if (chapter < first_chapter || chapter > last_chapter)
        return Error::invalid("control " + name + " does not exist in ISO/IEC 27002:2022 (themes are 5 to 8)");
    auto const theme = static_cast<Theme>(chapter);
    if (number < 1 || number > control_count(theme))
        return Error::invalid("control " + name + " does not exist in ISO/IEC 27002:2022 (theme "
            + std::to_string(chapter) + " has " + std::to_string(control_count(theme)) + " controls)");
    return ControlNumber(theme, static_cast<std::uint8_t>(number));
}

Result<ControlNumber> ControlNumber::parse(std::string_view text)
{
    auto trimmed = trim(text);
    if (trimmed.size() > 2 && (trimmed[0] == 'A' || trimmed[0] == 'a') && trimmed[1] == '.')
        trimmed.remove_prefix(2);
    auto const parts = split(trimmed, '.');
    if (parts.size() != 2)
        return Error::invalid("'" + std::string(text) + "' is not a control number like 5.1");
    auto const chapter = parse_small_number(parts[0]);
    auto const number = parse_small_number(parts[1]);
    if (!chapter || !number || parts[0].size() != 1)
        return Error::invalid("'" + std::string(text) + "' is not a control number like 5.1");
    return create(*chapter, *number);
}

std::vector<ControlNumber> const& ControlNumber::all()
{
    static auto const controls = [] {
        std::vector<ControlNumber> list;
        for (auto const theme : all_themes())
            for (std::uint8_t number = 1; number <= control_count(theme); ++number)
                list.push_back(ControlNumber(theme, number));
        return list;
    }();
    return controls;
}

std::string ControlNumber::to_string() const
{
    return std::to_string(static_cast<unsigned>(m_theme)) + "." + std::to_string(m_number);
}

std::string ControlNumber::annex_a_reference() const { return "A." + to_string(); }

} // namespace bolwerk::domain::catalog
