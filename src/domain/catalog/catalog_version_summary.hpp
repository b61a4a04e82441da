#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "domain/catalog/catalog.hpp"

#include <cstdint>
#include <string>

namespace bolwerk::domain::catalog {

/// Where an imported catalog version came from, stored beside it.
struct CatalogProvenance {
    std::string source; ///< File path or URL as given.
    std::string source_sha256; ///< Of the imported bytes, so that a reader can check the publication.
    std::string layout;
    std::string imported_by; ///< The actor label.
    Timestamp imported_at;
};

/// An imported catalog version without its entries, for lists.
struct CatalogVersionSummary {
    CatalogVersionId id{0};
    VersionReference reference;
    std::string title;
    CatalogProvenance provenance;
    std::int64_t item_count = 0;
    std::int64_t measure_count = 0;
    std::int64_t defect_count = 0;
};

} // namespace bolwerk::domain::catalog
