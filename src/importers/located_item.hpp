#pragma once

#include "domain/catalog/catalog.hpp"

#include <cstdint>
#include <vector>

namespace bolwerk::importers {

/// A measure number mentioned in a text ("zie overheidsmaatregel 5.21.01").
struct TextReference {
    domain::catalog::MeasureNumber number;
    bool was_normalised = false;
    std::uint64_t line = 0;
};

/// A catalog entry as mapped from an input, with where it came from, before the
/// entries are validated together and become a CatalogVersion.
struct LocatedItem {
    domain::catalog::CatalogItem item;
    std::uint64_t line = 0; ///< The line of its heading or row; 0 if the format has none.
    bool number_was_normalised = false;
    bool target_was_normalised = false;
    std::vector<TextReference> references;
};

} // namespace bolwerk::importers
