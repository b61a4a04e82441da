#pragma once

#include "common/result.hpp"
#include "domain/catalog/measure_number.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::domain::catalog {

/// What a numbered entry of a BIO2 catalog stands for. Deel 2 of the BIO2 keeps a
/// heading for every number, also when there is no measure behind it.
enum class ItemKind : std::uint8_t {
    Substantive, ///< An overheidsmaatregel with its own text.
    None, ///< "Geen overheidsmaatregel": the control has no government measure.
    Moved, ///< "Verplaatst naar X": the measure now has number X.
    Withdrawn, ///< "Vervallen": the measure was dropped.
    Reference, ///< "Zie overheidsmaatregel X": the text lives under X.
};

std::string_view to_string(ItemKind kind);
Result<ItemKind> parse_item_kind(std::string_view text);
/// Substantive and Reference entries are measures an organisation must answer.
bool is_measure(ItemKind kind);

/// The measure types of BIO2 v1.2 ("Draagt bij aan"); v1.3 dropped them.
enum class MeasureTag : std::uint8_t { Basishygiene, Ketenhygiene, Overheidsrisico };

/// "basishygiene", "ketenhygiene", "overheidsrisico"
std::string_view to_string(MeasureTag tag);
/// Accepts the stored names and the Dutch spelling with diaeresis, any case.
Result<MeasureTag> parse_measure_tag(std::string_view text);

/// One numbered entry of a catalog version.
/// Invariant (checked by CatalogVersion::create): `target` is set exactly for Moved
/// and Reference entries.
struct CatalogItem {
    MeasureNumber number;
    ItemKind kind = ItemKind::Substantive;
    std::optional<MeasureNumber> target;
    std::string text; ///< Markdown as published; rendered safely by the views.
    std::vector<MeasureTag> tags;

    friend bool operator==(CatalogItem const&, CatalogItem const&) = default;
};

/// "bio2@1.3": a framework name and one of its versions.
/// Invariant: name is lower case [a-z0-9_-], version is [0-9A-Za-z.-]; both 1–40 characters.
struct VersionReference {
    std::string framework;
    std::string version;

    static Result<VersionReference> parse(std::string_view text);
    std::string to_string() const { return framework + "@" + version; }
    friend bool operator==(VersionReference const&, VersionReference const&) = default;
};

/// One published version of a framework (Dutch: normenkader), e.g. BIO2 v1.3 of
/// 2026-01-09, with its entries in number order.
/// Invariant: numbers are unique and items are sorted by number.
class CatalogVersion {
public:
    static Result<CatalogVersion> create(VersionReference reference, std::string title, std::vector<CatalogItem> items);

    VersionReference const& reference() const { return m_reference; }
    std::string const& title() const { return m_title; }
    std::vector<CatalogItem> const& items() const { return m_items; }
    CatalogItem const* find(MeasureNumber number) const;
    std::size_t count(ItemKind kind) const;
    std::size_t measure_count() const;

private:
    CatalogVersion(VersionReference reference, std::string title, std::vector<CatalogItem> items)
        : m_reference(std::move(reference))
        , m_title(std::move(title))
        , m_items(std::move(items))
    {
    }

    VersionReference m_reference;
    std::string m_title;
    std::vector<CatalogItem> m_items;
};

} // namespace bolwerk::domain::catalog
