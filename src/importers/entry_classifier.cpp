#include "importers/entry_classifier.hpp"

namespace bolwerk::importers {

namespace {

using domain::catalog::ItemKind;
using domain::catalog::MeasureNumber;

constexpr std::string_view none_marker = "Geen overheidsmaatregel";
constexpr std::string_view moved_marker = "Verplaatst naar ";
constexpr std::string_view withdrawn_marker = "Vervallen";
constexpr std::string_view reference_marker = "Zie overheidsmaatregel ";

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

} // namespace

std::string_view number_token(std::string_view text)
{
    std::size_t end = 0;
    while (end < text.size() && ((text[end] >= '0' && text[end] <= '9') || text[end] == '.'))
        ++end;
    auto token = text.substr(0, end);
    while (!token.empty() && token.back() == '.')
        token.remove_suffix(1);
    return token;
}

Result<void> classify_entry(LocatedItem& entry, std::string const& source_name)
{
    auto const& text = entry.item.text;
    auto const target_after = [&](std::string_view marker) -> Result<MeasureNumber::Lenient> {
        auto const token = number_token(std::string_view(text).substr(marker.size()));
        auto target = MeasureNumber::parse_lenient(token);
        if (!target)
            return Error::invalid(
                "entry " + entry.item.number.to_string() + ": '" + std::string(marker) + "' needs a measure number",
                {.source = source_name, .line = entry.line});
        return target;
    };
    if (starts_with(text, none_marker)) {
        entry.item.kind = ItemKind::None;
    } else if (starts_with(text, moved_marker)) {
        auto const target = TRY(target_after(moved_marker));
        entry.item.kind = ItemKind::Moved;
        entry.item.target = target.number;
        entry.target_was_normalised = target.was_normalised;
    } else if (starts_with(text, withdrawn_marker) && text.size() <= withdrawn_marker.size() + 1) {
        entry.item.kind = ItemKind::Withdrawn;
    } else if (starts_with(text, reference_marker) && text.find('\n') == std::string::npos) {
        auto const target = TRY(target_after(reference_marker));
        entry.item.kind = ItemKind::Reference;
        entry.item.target = target.number;
        entry.target_was_normalised = target.was_normalised;
    }
    return ok();
}

} // namespace bolwerk::importers
