#include "domain/catalog/catalog.hpp"

#include "common/text.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace bolwerk::domain::catalog {

namespace {

constexpr std::array<std::pair<ItemKind, std::string_view>, 5> kind_names{{
    {ItemKind::Substantive, "substantive"},
    {ItemKind::None, "none"},
    {ItemKind::Moved, "moved"},
    {ItemKind::Withdrawn, "withdrawn"},
    {ItemKind::Reference, "reference"},
}};

constexpr std::size_t max_name_length = 40;

bool valid_name_character(char character, bool version)
{
    if ((character >= 'a' && character <= 'z') || (character >= '0' && character <= '9'))
        return true;
    if (version)
        return character == '.' || character == '-' || (character >= 'A' && character <= 'Z');
    return character == '_' || character == '-';
}

bool valid_name(std::string_view text, bool version)
{
    if (text.empty() || text.size() > max_name_length)
        return false;
    return std::all_of(text.begin(), text.end(), [&](char c) { return valid_name_character(c, version); });
}

Result<void> check_item(CatalogItem const& item)
{
    bool const needs_target = item.kind == ItemKind::Moved || item.kind == ItemKind::Reference;
    if (needs_target != item.target.has_value())
        return Error::invalid("entry " + item.number.to_string() + " of kind " + std::string(to_string(item.kind))
            + (needs_target ? " needs" : " cannot have") + " a target number");
    return ok();
}

} // namespace

std::string_view to_string(ItemKind kind)
{
    for (auto const& [value, name] : kind_names)
        if (value == kind)
            return name;
    return "unknown";
}

Result<ItemKind> parse_item_kind(std::string_view text)
{
    for (auto const& [value, name] : kind_names)
        if (name == text)
            return value;
    return Error::invalid("unknown item kind '" + std::string(text) + "'", {.field = "kind"});
}

bool is_measure(ItemKind kind) { return kind == ItemKind::Substantive || kind == ItemKind::Reference; }

std::string_view to_string(MeasureTag tag)
{
    switch (tag) {
    case MeasureTag::Basishygiene: return "basishygiene";
    case MeasureTag::Ketenhygiene: return "ketenhygiene";
    case MeasureTag::Overheidsrisico: return "overheidsrisico";
    }
    return "unknown";
}

Result<MeasureTag> parse_measure_tag(std::string_view text)
{
    auto name = to_ascii_lower(trim(text));
    // "hygiëne" in UTF-8: the diaeresis is the two bytes C3 AB.
    for (std::string_view const with_diaeresis : {"hygi\xc3\xabne"})
        if (auto at = name.find(with_diaeresis); at != std::string::npos)
            name.replace(at, with_diaeresis.size(), "hygiene");
    for (auto const tag : {MeasureTag::Basishygiene, MeasureTag::Ketenhygiene, MeasureTag::Overheidsrisico})
        if (name == to_string(tag))
            return tag;
    return Error::invalid("unknown measure type '" + std::string(text) + "'", {.field = "tags"});
}

Result<VersionReference> VersionReference::parse(std::string_view text)
{
    auto const at = text.find('@');
    if (at == std::string_view::npos)
        return Error::invalid("'" + std::string(text) + "' is not NAME@VERSION, e.g. bio2@1.3");
    auto const framework = text.substr(0, at);
    auto const version = text.substr(at + 1);
    if (!valid_name(framework, false) || !valid_name(version, true))
        return Error::invalid("'" + std::string(text) + "' is not NAME@VERSION (lower-case name, version like 1.3)");
    return VersionReference{std::string(framework), std::string(version)};
}

Result<CatalogVersion> CatalogVersion::create(
    VersionReference reference, std::string title, std::vector<CatalogItem> items)
{
    std::sort(items.begin(), items.end(), [](auto const& a, auto const& b) { return a.number < b.number; });
    for (std::size_t i = 0; i < items.size(); ++i) {
        TRY(check_item(items[i]));
        if (i > 0 && items[i - 1].number == items[i].number)
            return Error::invalid("entry " + items[i].number.to_string() + " appears twice");
    }
    return CatalogVersion(std::move(reference), std::move(title), std::move(items));
}

CatalogItem const* CatalogVersion::find(MeasureNumber number) const
{
    auto const found = std::lower_bound(
        m_items.begin(), m_items.end(), number, [](auto const& item, MeasureNumber n) { return item.number < n; });
    if (found == m_items.end() || found->number != number)
        return nullptr;
    return &*found;
}

std::size_t CatalogVersion::count(ItemKind kind) const
{
    return static_cast<std::size_t>(
        std::count_if(m_items.begin(), m_items.end(), [&](auto const& item) { return item.kind == kind; }));
}

std::size_t CatalogVersion::measure_count() const
{
    return static_cast<std::size_t>(
        std::count_if(m_items.begin(), m_items.end(), [](auto const& item) { return is_measure(item.kind); }));
}

} // namespace bolwerk::domain::catalog
