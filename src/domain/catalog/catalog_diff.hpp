#pragma once

#include "domain/catalog/catalog.hpp"
#include "domain/catalog/word_diff.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::domain::catalog {

/// A measure whose text changed in substance between two versions.
struct RewordedMeasure {
    MeasureNumber number;
    std::vector<WordChange> changes; ///< Over the normalised texts.
};

/// What changed from one catalog version to the next (`bolwerk catalog diff`).
/// Every list is in number order.
struct CatalogDiff {
    VersionReference from;
    VersionReference to;
    std::vector<MeasureNumber> added; ///< A measure in `to`, not a measure in `from`.
    std::vector<CatalogItem> moved; ///< Became "Verplaatst naar" in `to` (with target).
    std::vector<MeasureNumber> withdrawn; ///< Became "Vervallen" in `to`.
    std::vector<MeasureNumber> removed; ///< A measure in `from`, gone from `to` without a stub.
    std::vector<RewordedMeasure> reworded; ///< A measure in both, text changed.
    std::vector<MeasureNumber> unchanged; ///< A measure in both, same text.
};

/// Text as compared between versions: `<br>` tags, list markers ("- ", "* ", "1. ")
/// and whitespace differences do not count, and "organisatie" counts as "entiteit"
/// (BIO2 v1.3 renamed the one to the other throughout, change log in deel 1).
std::string normalise_for_comparison(std::string_view text);

/// Compares two versions of one framework. A pure function.
CatalogDiff diff_catalogs(CatalogVersion const& from, CatalogVersion const& to);

} // namespace bolwerk::domain::catalog
